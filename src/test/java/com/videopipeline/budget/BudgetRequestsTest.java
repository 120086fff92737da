package com.videopipeline.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The optional budget of an API submission: read strictly, each problem named by its field. */
class BudgetRequestsTest {

    @Test
    void shouldReadDollarsSecondsAndModeOfASubmissionsBudget() {
        assertThat(BudgetRequests.fromBody("""
                {"name": "launch", "requests": [{"prompt": "x"}], "budget": {"usd": 5.5, "seconds": 60,
                 "mode": "downgrade"}}""")).hasValue(new BudgetSpec(new BigDecimal("5.5"), new BigDecimal("60"),
                false, BudgetMode.DOWNGRADE));
        assertThat(BudgetRequests.fromBody("{\"requests\": [], \"budget\": {\"usd\": 2}}"))
                .hasValue(BudgetSpec.usd(new BigDecimal("2")));
    }

    @Test
    void shouldFindNoBudgetInABodyWithoutOne() {
        assertThat(BudgetRequests.fromBody("[{\"prompt\": \"x\"}]")).isEmpty();
        assertThat(BudgetRequests.fromBody("{\"prompt\": \"x\", \"budget\": {\"usd\": 1}}"))
                .as("a lone request's field, not the batch's budget").isEmpty();
        assertThat(BudgetRequests.fromBody("{\"prompt\": \"cut off")).as("the requests reader says why").isEmpty();
    }

    @Test
    void shouldNameEveryProblemOfABudgetThatCannotBeUsed() {
        assertThatThrownBy(() -> BudgetRequests.fromBody("""
                {"requests": [], "budget": {"usd": -1, "seconds": "many", "mode": "pray", "per": "campaign"}}"""))
                .isInstanceOf(BudgetRequests.InvalidBudgetException.class)
                .hasMessageContaining("budget.usd: '-1' must be a positive number (US dollars)")
                .hasMessageContaining("budget.seconds: 'many' must be a positive number (seconds of video)")
                .hasMessageContaining("budget.mode: 'pray' is not a mode (use hold or downgrade)")
                .hasMessageContaining("budget.per: unknown key (allowed: usd, seconds, mode)");
        assertThatThrownBy(() -> BudgetRequests.fromBody("{\"requests\": [], \"budget\": {}}"))
                .hasMessage("budget: give usd, seconds or both");
        assertThatThrownBy(() -> BudgetRequests.fromBody("{\"requests\": [], \"budget\": 5}"))
                .hasMessageStartingWith("budget: must be an object");
    }
}
