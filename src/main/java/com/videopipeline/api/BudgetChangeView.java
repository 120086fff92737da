package com.videopipeline.api;

import com.videopipeline.budget.BudgetView;
import java.util.List;

/** A batch's budget after a change, and its HELD jobs put back to work by it (keys {@code batch/job}). */
record BudgetChangeView(String batch, BudgetView budget, List<String> replayed, String url) {
}
