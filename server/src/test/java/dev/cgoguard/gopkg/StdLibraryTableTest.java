package dev.cgoguard.gopkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class StdLibraryTableTest {
    private static Set<String> reaching(StdLibraryTable table, String target) {
        Set<String> result = new TreeSet<>();
        for (String pkg : table.importEdges().keySet()) {
            List<String> queue = new ArrayList<>(List.of(pkg));
            Set<String> seen = new TreeSet<>(queue);
            for (int i = 0; i < queue.size(); i++) {
                for (String next : table.importsOf(queue.get(i))) {
                    if (next.equals(target)) {
                        result.add(pkg);
                    }
                    if (seen.add(next)) {
                        queue.add(next);
                    }
                }
            }
        }
        return result;
    }

    @Test
    void netAndOsUserSetsAreThoseOfTheFactSheet() {
        StdLibraryTable table = StdLibraryTable.standard();
        assertEquals(new TreeSet<>(List.of("crypto/tls", "crypto/x509", "expvar", "log/syslog", "mime/multipart", "net/http",
                "net/http/cgi", "net/http/cookiejar", "net/http/fcgi", "net/http/httptest", "net/http/httptrace",
                "net/http/httputil", "net/http/pprof", "net/mail", "net/rpc", "net/rpc/jsonrpc", "net/smtp", "net/textproto")),
                reaching(table, "net"));
        assertEquals(Set.of("archive/tar"), reaching(table, "os/user"));
    }

    @Test
    void importEdgesExplainEveryReachRow() {
        StdLibraryTable table = StdLibraryTable.standard();
        for (String target : List.of("net", "os/user", "crypto/x509")) {
            for (String pkg : reaching(table, target)) {
                assertTrue(table.reachedFrom(pkg).contains(target), pkg + " -> " + target);
            }
        }
        assertTrue(table.importsOf("database/sql").isEmpty());
        assertTrue(table.importsOf("net/url").isEmpty());
    }
}
