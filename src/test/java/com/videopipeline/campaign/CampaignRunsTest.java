package com.videopipeline.campaign;

import static com.videopipeline.campaign.CampaignFiles.SPRING_SALE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.videopipeline.budget.BudgetForecast;
import com.videopipeline.budget.BudgetMode;
import com.videopipeline.budget.TestBudgets;
import com.videopipeline.provider.TestRouting;
import com.videopipeline.request.RawLine;
import com.videopipeline.request.RequestDefaults;
import com.videopipeline.request.RequestMapper;
import com.videopipeline.request.VideoSize;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CampaignRunsTest {

    private static final Instant SCHEDULED = Instant.parse("2026-11-23T08:00:00Z");

    private final CampaignRegistry registry = new CampaignRegistry();
    private final FakeCampaignLedger ledger = new FakeCampaignLedger();
    private final CampaignRequests requests = new CampaignRequests(
            new RequestMapper(new RequestDefaults(8, VideoSize.parse("1280x720"), 24)),
            TestRouting.with(Map.of()).router());
    private final CampaignRuns runs = new CampaignRuns(registry, requests, ledger, null,
            TestBudgets.batchBudgets(TestRouting.with(Map.of()).catalogue(), BudgetMode.HOLD));

    @Test
    void shouldTurnEntriesIntoRequestLinesWithTheDefaultsAndTheCampaignAsTag() {
        List<RawLine> lines = CampaignRequests.lines(CampaignFiles.read(SPRING_SALE));

        assertThat(lines).hasSize(6);
        assertThat(lines.get(0).line()).isEqualTo(1);
        assertThat(lines.get(0).fields()).containsEntry("id", "sneakers-paris")
                .containsEntry("prompt", "Acme sneakers in Paris, cinematic").containsEntry("provider", "runway")
                .containsEntry("model", "gen4.5").containsEntry("seconds", 5).containsEntry("size", "1280x720")
                .containsEntry("tags", List.of("spring-sale"));
    }

    @Test
    void shouldPriceAFiringAsRoutingDoes() {
        registry.put(CampaignFiles.read(SPRING_SALE));

        CampaignFiring firing = runs.plan("spring-sale", Date.from(SCHEDULED));

        // six 5 s videos on gen4.5 at $0.12 a second
        assertThat(firing.estimatedCost()).isEqualByComparingTo("3.60");
        assertThat(firing.budget().withinBudget()).isEqualTo(6);
        assertThat(firing.budget().held()).isZero();
        assertThat(ledger.rows.get("spring-sale").state()).isEqualTo(FiringState.STARTED);
        assertThat(firing.source().key()).isEqualTo("spring-sale@2026-11-23T08:00:00Z");
    }

    @Test
    void shouldFireAFiringOverItsBudgetAndForecastHowManyOfItsEntriesWillBeHeld() {
        registry.put(CampaignFiles.read(SPRING_SALE.replace("budget-usd: 5.00", "budget-usd: 3.00")));

        CampaignFiring firing = runs.plan("spring-sale", Date.from(SCHEDULED));

        // six 5 s videos at $0.60 each: five fit $3.00
        assertThat(ledger.rows.get("spring-sale").state()).isEqualTo(FiringState.STARTED);
        assertThat(firing.estimatedCost()).isEqualByComparingTo("3.60");
        assertThat(firing.budget()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(new BudgetForecast(new BigDecimal("3.00"), null, "firing", "hold", new BigDecimal("3.00"),
                        null, 5, 0, 1));
    }

    @Test
    void shouldForecastWhatADowngradingBudgetMakesCheaperAndWhatItHolds() {
        registry.put(CampaignFiles.read(SPRING_SALE.replace("budget-usd: 5.00", "budget: {usd: 6, mode: downgrade}")
                .replace("model: gen4.5", "model: veo3.1").replace("seconds: 5", "seconds: 4")));

        BudgetForecast forecast = runs.plan("spring-sale", null).budget();

        // veo3.1 at $1.60: three fit $6; the $1.20 left takes two on veo3.1_fast at $0.60; nothing is left for one
        assertThat(forecast.withinBudget()).isEqualTo(3);
        assertThat(forecast.downgraded()).isEqualTo(2);
        assertThat(forecast.held()).isEqualTo(1);
        assertThat(forecast.mode()).isEqualTo("downgrade");
    }

    @Test
    void shouldKeepRunsOnDemandOutOfTheScheduleAndUnkeyed() {
        registry.put(CampaignFiles.read(SPRING_SALE));

        CampaignFiring firing = runs.plan("spring-sale", null);

        assertThat(firing.source().key()).isNull();
        assertThat(firing.source().origin()).isEqualTo("campaign");
        assertThat(firing.source().campaign()).isEqualTo("spring-sale");
        assertThat(ledger.rows).isEmpty();
    }

    @Test
    void shouldThrowASpecificExceptionForAnUnknownCampaign() {
        registry.put(CampaignFiles.read(SPRING_SALE));

        assertThatThrownBy(() -> runs.plan("autumn-sale", null)).isInstanceOf(UnknownCampaignException.class)
                .hasMessage("unknown campaign 'autumn-sale' (known: spring-sale)");
    }

    @Test
    void shouldReportEntriesTheAcceptRouteWouldReject() {
        Campaign campaign = CampaignFiles.read(SPRING_SALE.replace("seconds: 5", "seconds: 45"));

        assertThat(requests.problems(campaign)).hasSize(6).first().asString()
                .startsWith("entry sneakers-paris: model gen4.5 cannot make");
    }
}
