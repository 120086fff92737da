package com.videopipeline.simulator;

/**
 * A valid chat-completions request, as far as the simulator answers it.
 *
 * @param brief   the text of the last user message (the brief to describe); empty when there is none
 * @param choices how many choices to answer with ({@code n})
 */
record OpenAiChatRequest(String model, String brief, int choices) {
}
