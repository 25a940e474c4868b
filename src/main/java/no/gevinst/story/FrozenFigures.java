package no.gevinst.story;

import java.time.LocalDate;
import java.util.List;

/** The benefit's indicators as they stood on the day the story was approved. */
public record FrozenFigures(LocalDate asOf, List<FrozenIndicator> indicators) {

    public FrozenFigures {
        indicators = List.copyOf(indicators);
    }
}
