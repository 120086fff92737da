package com.videopipeline.campaign;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Gives each enabled campaign its Quartz route, made from the {@code fire-campaign} route template
 * ({@code routes/fire-campaign.camel.yaml}), and takes it away when the campaign changes or goes.
 */
@Component
class CampaignRoutes {

    static final String TEMPLATE = "fire-campaign";

    private final CamelContext camel;

    CampaignRoutes(CamelContext camel) {
        this.camel = camel;
    }

    /** Replaces the campaign's route: a changed schedule takes effect at once, a disabled campaign has none. */
    void schedule(Campaign campaign) {
        unschedule(campaign.name());
        if (!campaign.enabled()) {
            return;
        }
        CampaignSchedule schedule = campaign.schedule();
        TemplatedRouteBuilder.builder(camel, TEMPLATE)
                .routeId(routeId(campaign.name()))
                // step ids must be unique across routes, and every campaign's route has the template's steps
                .prefixId(campaign.name() + "-")
                .parameter("name", campaign.name())
                .parameter("cron", schedule.quartzCron())
                .parameter("timeZone", schedule.quartzTimeZone())
                .parameter("misfireInstruction", schedule.misfire().quartzInstruction())
                .add();
    }

    void unschedule(String name) {
        String id = routeId(name);
        if (camel.getRoute(id) == null) {
            return;
        }
        try {
            camel.getRouteController().stopRoute(id);
            camel.removeRoute(id);
        } catch (Exception e) {
            throw new IllegalStateException("cannot remove the schedule of campaign " + name, e);
        }
    }

    static String routeId(String name) {
        return TEMPLATE + "-" + name;
    }
}
