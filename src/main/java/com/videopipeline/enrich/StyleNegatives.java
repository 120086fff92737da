package com.videopipeline.enrich;

import com.videopipeline.provider.ModelCatalogue;
import com.videopipeline.provider.ProviderRouter;
import com.videopipeline.provider.RoutingDecision;
import com.videopipeline.request.VideoRequest;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Decides whether a preset's or brand's negative prompt goes with a request. An entry's own negative prompt is a
 * requirement: routing sends it only to a model that takes one (Veo), or rejects it. A style's is a wish: it goes
 * along when the model routing picks for the request anyway takes a negative prompt, and is left out otherwise, so
 * a style never moves a request to another model, price or rejection. A comparison keeps the entry's own alone:
 * its sides go to different models.
 */
@Component
class StyleNegatives {

    private static final Logger LOG = LoggerFactory.getLogger(StyleNegatives.class);

    private final ProviderRouter router;
    private final ModelCatalogue catalogue;

    StyleNegatives(ProviderRouter router, ModelCatalogue catalogue) {
        this.router = router;
        this.catalogue = catalogue;
    }

    /**
     * The negative prompt to send: {@code merged} (the entry's own plus the styles') when the request's model takes
     * it, else the entry's own.
     *
     * @param request the request as it will be sent, with the entry's own negative prompt
     */
    String choose(VideoRequest request, String merged) {
        String own = request.negativePrompt();
        if (Objects.equals(merged, own) || !request.options().compare().isEmpty()) {
            return own;
        }
        RoutingDecision decision = router.route(request);
        if (decision.accepted() && catalogue.whyNot(decision.provider(), decision.model(),
                request.withPrompts(request.prompt(), merged)).isEmpty()) {
            return merged;
        }
        LOG.debug("{}: the style's negative prompt left out: {} takes none", request.id(),
                decision.accepted() ? decision.model() : "no model that would make it");
        return own;
    }
}
