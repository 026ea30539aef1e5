package io.github.gpai4j.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gpai4j.core.Modality;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTest {

  @Test
  void modalitiesAreKeptInDeclarationOrderWithoutDuplicates() {
    Dataset dataset = new Dataset("corpus", DataSourceKind.PUBLIC, null, null, null,
        List.of(Modality.VIDEO, Modality.TEXT, Modality.VIDEO), null, null);
    assertEquals(List.of(Modality.TEXT, Modality.VIDEO), dataset.modalities());
  }

  @Test
  void aDatasetKnownOnlyByNameIsALegalDraft() {
    Dataset dataset = Dataset.of("corpus", DataSourceKind.SYNTHETIC);
    assertEquals(List.of(), dataset.modalities());
    assertNull(dataset.size());
  }

  @Test
  void theNameIsRequired() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> new Dataset(null, null, null, null, null, List.of(), null, null));
    assertEquals("name", e.getMessage());
  }
}
