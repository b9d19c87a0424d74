package io.baton.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

  private static final String SERVED =
      """
      {"openapi":"3.1.0","servers":[{"url":"http://localhost:41234"}],
       "paths":{"/b":{},"/a":{"get":{"tags":["Leads"]}}},"info":{"version":"v0","title":"t"}}
      """;

  @Test
  void leavesOutTheServerUrlAndSortsEveryObjectsKeys() {
    assertThat(OpenApiDocument.normalized(SERVED))
        .isEqualTo(
            """
            {
              "info": {
                "title": "t",
                "version": "v0"
              },
              "openapi": "3.1.0",
              "paths": {
                "/a": {
                  "get": {
                    "tags": [
                      "Leads"
                    ]
                  }
                },
                "/b": {}
              }
            }
            """);
  }

  @Test
  void isTheSameWhateverTheOrderTheServiceWritesItsKeysIn() {
    String reordered =
        """
        {"info":{"title":"t","version":"v0"},"paths":{"/a":{"get":{"tags":["Leads"]}},"/b":{}},
         "servers":[{"url":"http://localhost:45678"}],"openapi":"3.1.0"}
        """;

    assertThat(OpenApiDocument.normalized(reordered)).isEqualTo(OpenApiDocument.normalized(SERVED));
  }

  @Test
  void marksTheFirstLineWhereTheDocumentsPart() {
    String committed = "{\n  \"a\": 1,\n  \"b\": 2\n}\n";
    String served = "{\n  \"a\": 1,\n  \"b\": 3\n}\n";

    assertThat(OpenApiDocument.firstDifference(committed, committed)).isEmpty();
    assertThat(OpenApiDocument.firstDifference(committed, served))
        .startsWith("first difference at line 3")
        .contains(">   \"b\": 2")
        .contains(">   \"b\": 3");
  }
}
