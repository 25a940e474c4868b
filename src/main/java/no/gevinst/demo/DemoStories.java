package no.gevinst.demo;

import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.story.Stories;
import no.gevinst.story.StoryInput;
import org.springframework.stereotype.Component;

/**
 * Helseplattformen's success story (issue 19, seed 000 §2.3.5: "skape suksesshistorier og underbygge disse med
 * data"): fewer medication errors at St. Olavs hospital after the closed medication loop, approved with the
 * indicator's figures frozen as they stand when the demo is loaded. No picture: the chart is the story's picture.
 */
@Component
class DemoStories {

    static final String BENEFIT = "Færre legemiddelfeil ved lukket legemiddelsløyfe";

    private final Stories stories;
    private final Benefits benefits;

    DemoStories(Stories stories, Benefits benefits) {
        this.stories = stories;
        this.benefits = benefits;
    }

    void load() {
        benefits.list(BenefitQuery.all()).stream()
                .filter(b -> b.title().equals(BENEFIT))
                .findFirst()
                .ifPresent(b -> stories.loadApproved(
                        b.id(),
                        new StoryInput(
                                "Lukket legemiddelsløyfe: færre legemiddelavvik på St. Olavs hospital",
                                """
                                Med strekkodeskanning ved utdeling og dokumentasjon i Helseplattformen ble det \
                                meldt færre legemiddelavvik per 1 000 liggedøgn måned for måned etter innføringen.

                                Sykepleierne på sengepostene forteller at skanningen tok litt tid å venne seg til, \
                                men at de nå stoler mer på at riktig pasient får riktig legemiddel.""",
                                "Sykepleiere og farmasøyter på sengepostene, gevinsteier ved St. Olavs hospital",
                                "St. Olavs hospital HF",
                                null),
                        null));
    }
}
