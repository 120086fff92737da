package com.videopipeline.budget;

/** A budget that cannot be changed from here: the batch has none, or it is its campaign's (set by the campaign file). */
public class BudgetChangeRefused extends RuntimeException {

    BudgetChangeRefused(String message) {
        super(message);
    }
}
