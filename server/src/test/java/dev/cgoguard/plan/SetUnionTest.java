package dev.cgoguard.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SetUnionTest {
    @Test
    void behavesAsTheUnionOfItsParts() {
        SetUnion<String> union = new SetUnion<>(List.of(Set.of("Makefile"), Set.of("a.go", "b.go"), Set.of("b.go", "go.mod")));
        assertTrue(union.contains("go.mod"));
        assertFalse(union.contains("c.go"));
        assertEquals(4, union.size());
        assertEquals(Set.of("Makefile", "a.go", "b.go", "go.mod"), union);
        assertEquals(Set.of("Makefile", "a.go", "b.go", "go.mod").hashCode(), union.hashCode());
        assertThrows(UnsupportedOperationException.class, () -> union.add("x.go"));
    }
}
