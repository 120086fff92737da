package com.videopipeline.budget;

import com.videopipeline.provider.ModelCatalogue;
import com.videopipeline.request.VideoRequest;
import com.videopipeline.request.VideoSize;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * The cheaper ways to make a request at its provider, from the model catalogue (models and prices stay in config):
 * first the provider's other models at the requested size, then, if {@code pipeline.budget.downgrade-sizes}, at a
 * smaller size of the same shape, larger sizes first; within each, the dearest first, so a downgrade changes as
 * little as the budget forces. Only models that can make the request (seconds, input, features) are offered, and
 * none to a side of a comparison: it exists to be made by its own model.
 */
@Component
class Downgrades {

    /** Sizes whose width-to-height ratios differ by at most this share are the same shape (rounding only). */
    private static final double SAME_SHAPE = 0.005;

    private static final Comparator<Option> LEAST_CHANGE = Comparator.comparing(Option::area).reversed()
            .thenComparing(Option::usd, Comparator.reverseOrder());

    private final ModelCatalogue catalogue;
    private final BudgetProperties props;

    Downgrades(ModelCatalogue catalogue, BudgetProperties props) {
        this.catalogue = catalogue;
        this.props = props;
    }

    /** A cheaper model (and size) and what one generation costs there. */
    record Option(String model, VideoRequest request, BigDecimal usd) {

        long area() {
            return (long) request.size().width() * request.size().height();
        }
    }

    /** The first option, least change first, whose cost {@code fits}. */
    Optional<Option> first(String provider, String model, VideoRequest request, Predicate<Amount> fits) {
        BigDecimal seconds = BigDecimal.valueOf(request.seconds());
        return options(provider, model, request).stream().filter(o -> fits.test(new Amount(o.usd(), seconds)))
                .findFirst();
    }

    /** Every option cheaper than the request as routed now, least change first. */
    List<Option> options(String provider, String model, VideoRequest request) {
        BigDecimal current = catalogue.estimatedCost(provider, model, request).orElse(null);
        List<Option> options = new ArrayList<>();
        if (current == null || request.options().comparison() != null) {
            return options;
        }
        for (String other : catalogue.models(provider)) {
            for (VideoSize size : catalogue.sizes(provider, other, request.inputKind())) {
                boolean same = size.equals(request.size());
                if (same && other.equals(model) || !same && !smallerOfSameShape(size, request.size())) {
                    continue;
                }
                VideoRequest candidate = same ? request : request.withSize(size);
                if (catalogue.whyNot(provider, other, candidate).isEmpty()) {
                    catalogue.estimatedCost(provider, other, candidate).filter(usd -> usd.compareTo(current) < 0)
                            .ifPresent(usd -> options.add(new Option(other, candidate, usd)));
                }
            }
        }
        options.sort(LEAST_CHANGE);
        return options;
    }

    private boolean smallerOfSameShape(VideoSize size, VideoSize wanted) {
        return props.downgradeSizes() && (long) size.width() * size.height() < (long) wanted.width() * wanted.height()
                && Math.abs(size.aspect() - wanted.aspect()) <= SAME_SHAPE * wanted.aspect();
    }
}
