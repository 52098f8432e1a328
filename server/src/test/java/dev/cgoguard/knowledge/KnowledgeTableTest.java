package dev.cgoguard.knowledge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every knowledge table is in the jar, has rows, and every row has the same columns and names its source. */
class KnowledgeTableTest {
    @ParameterizedTest
    @EnumSource(KnowledgeTable.class)
    void everyTableIsShippedWithRowsOfOneShape(KnowledgeTable table) {
        List<String[]> rows = table.rows();
        assertFalse(rows.isEmpty(), table.fileName() + " has rows");
        int columns = rows.get(0).length;
        for (String[] row : rows) {
            assertTrue(row.length == columns, table.fileName() + ": " + String.join(" | ", row));
            assertFalse(row[row.length - 1].isBlank() && row[row.length - 2].isBlank(),
                    table.fileName() + " names a source in its last columns: " + String.join(" | ", row));
        }
    }
}
