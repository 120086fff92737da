package com.videopipeline.api;

/** An answer whose status the operation decides: the status, where the made resource can be read, and the body. */
record ApiAnswer(int status, String location, Object content) {
}
