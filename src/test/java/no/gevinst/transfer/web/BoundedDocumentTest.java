package no.gevinst.transfer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class BoundedDocumentTest {

    static final DataSize LIMIT = DataSize.ofBytes(10);

    @Test
    void aDocumentDeclaredLargerThanTheLimitIsRefusedBeforeItIsRead() {
        assertThatThrownBy(() -> BoundedDocument.of(new ByteArrayInputStream(new byte[0]), 11, LIMIT))
                .isInstanceOf(BoundedDocument.TooLarge.class);
    }

    @Test
    void aChunkedDocumentIsRefusedAsSoonAsItPassesTheLimit() {
        InputStream in = BoundedDocument.of(new ByteArrayInputStream(new byte[11]), -1, LIMIT);
        assertThatThrownBy(in::readAllBytes).isInstanceOf(BoundedDocument.TooLarge.class);
    }

    @Test
    void aDocumentWithinTheLimitIsReadWhole() throws Exception {
        InputStream in = BoundedDocument.of(new ByteArrayInputStream(new byte[10]), 10, LIMIT);
        assertThat(in.readAllBytes()).hasSize(10);
    }
}
