package dev.cgoguard.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThirdPartyPathsTest {
    @Test
    void aFileIsAnotherProjectsWhenAFolderOnItsPathHoldsOtherProjectsCode() {
        for (String path : List.of("vendor/github.com/a/b/Makefile", "a/vendor/b/Dockerfile", "third_party/x/build.sh",
                "web/node_modules/p/Makefile", "pkg/testdata/Makefile", "Godeps/_workspace/src/x/Makefile",
                "a/Godeps/_workspace/Makefile", "/vendor/Makefile", "a//testdata/x.sh", "a/vendor/b/")) {
            assertEquals(true, ThirdPartyPaths.contains(path), path);
        }
    }

    @Test
    void aFileNamedAsSuchAFolderOrAFolderWithALongerOrShorterNameIsTheProjectsOwn() {
        for (String path : List.of("Makefile", "vendor", "a/vendor", "a/vendor/", "vendored/Makefile", "a/vendo/Makefile",
                "my_vendor/x.sh", "third_party_tools/Makefile", "testdata2/Makefile", "_workspace/Makefile",
                "Godep/_workspace/Makefile", "xGodeps/_workspace/Makefile", "Godeps/Makefile", "node_module/Makefile", "", "/", "//")) {
            assertEquals(false, ThirdPartyPaths.contains(path), path);
        }
    }
}
