package io.pathwise.mastery.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class ResponseCsvReaderTest {

    private static final ColumnMapping DATASHOP = new ColumnMapping("Anon Student Id", "Row", "KC(Default)",
            "Correct First Attempt");

    @Test
    void readsTheStandardColumnsInAnyOrderAmongOthers() throws IOException {
        ResponseTable table = read("correct,skill_name,extra,user_id,order_id\n1,fractions,x,ana,3\n0,decimals,y,ben,1\n");

        assertThat(table.size()).isEqualTo(2);
        assertThat(table.learnerName(table.learner(0))).isEqualTo("ana");
        assertThat(table.skillName(table.skill(0))).isEqualTo("fractions");
        assertThat(table.order(0)).isEqualTo(3);
        assertThat(table.correct(0)).isTrue();
        assertThat(table.correct(1)).isFalse();
    }

    @Test
    void acceptsAByteOrderMarkCrlfQuotedFieldsAndBlankLines() throws IOException {
        String csv = "\uFEFFRow,Anon Student Id,Problem Name,Correct First Attempt,KC(Default)\r\n"
                + "10,s1,\"SY=2X+5, Y=1\",1,\"Finding the intersection, SIF\"\r\n"
                + "\r\n"
                + "11,s1,\"say \"\"hi\"\"\",0,\"Finding the intersection, SIF\"\r\n";

        ResponseTable table = read(csv, DATASHOP);

        assertThat(table.size()).isEqualTo(2);
        assertThat(table.skills()).isEqualTo(1);
        assertThat(table.skillName(0)).isEqualTo("Finding the intersection, SIF");
        assertThat(table.order(1)).isEqualTo(11);
    }

    @Test
    void ordersEachLearnersRowsByOrderKeepingFileOrderForTies() throws IOException {
        ResponseTable table = read("user_id,order_id,skill_name,correct\n"
                + "a,5,s,1\nb,1,s,0\na,2,s,0\na,5,t,0\nb,0,s,1\n");

        assertThat(table.rowsByLearner()).containsExactly(2, 0, 3, 4, 1);
    }

    @Test
    void aMissingColumnIsNamedOnLineOne() {
        assertError("user_id,order_id,skill,correct\na,1,s,1\n")
                .hasMessageContaining("line 1")
                .hasMessageContaining("no column 'skill_name'");
    }

    @Test
    void aMissingHeaderIsReported() {
        assertError("a,1,s,1\nb,2,s,0\n").hasMessageContaining("line 1").hasMessageContaining("header");
    }

    @Test
    void aRepeatedColumnIsReported() {
        assertError("user_id,order_id,skill_name,correct,user_id\n")
                .hasMessageContaining("line 1, column 5 (user_id)")
                .hasMessageContaining("twice");
    }

    @Test
    void aBadCorrectnessNamesTheLineAndColumn() {
        assertError("user_id,order_id,skill_name,correct\na,1,s,1\na,2,s,yes\n")
                .hasMessage("test.csv: line 3, column 4 (correct): correctness must be 0 or 1, was 'yes'");
    }

    @Test
    void aBadOrderNamesTheLineAndColumn() {
        assertError("user_id,order_id,skill_name,correct\na,1.5,s,1\n")
                .hasMessage("test.csv: line 2, column 2 (order_id): the order must be a whole number, was '1.5'");
        assertError("user_id,order_id,skill_name,correct\na,99999999999999999999,s,1\n")
                .hasMessageContaining("line 2, column 2");
    }

    @Test
    void emptyLearnersAndSkillsAreRefused() {
        assertError("user_id,order_id,skill_name,correct\n,1,s,1\n").hasMessageContaining("line 2, column 1 (user_id)");
        assertError("user_id,order_id,skill_name,correct\na,1, ,1\n").hasMessageContaining("line 2, column 3 (skill_name)");
    }

    @Test
    void aRowWithAnotherNumberOfFieldsIsRefused() {
        assertError("user_id,order_id,skill_name,correct\na,1,s,1\n\nb,2,s\n")
                .hasMessageContaining("line 4: expected 4 fields as in the header, found 3");
    }

    @Test
    void anUnterminatedQuoteIsReportedAtItsLine() {
        assertError("user_id,order_id,skill_name,correct\na,1,\"s,1\nb,2,s,1\n")
                .hasMessageContaining("line 2").hasMessageContaining("never closed");
        assertError("user_id,order_id,skill_name,correct\na,1,\"s\"x,1\n")
                .hasMessageContaining("line 2").hasMessageContaining("after a closing quote");
    }

    @Test
    void bytesThatAreNotUtf8AreReportedAtTheirLine() {
        byte[] head = "user_id,order_id,skill_name,correct\na,1,s,1\nb,2,".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 6];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3; // a lead byte without its continuation
        bytes[head.length + 1] = ',';
        bytes[head.length + 2] = '1';
        bytes[head.length + 3] = '\n';

        assertThatThrownBy(() -> ResponseCsvReader.read(new ByteArrayInputStream(bytes), "test.csv",
                ColumnMapping.STANDARD))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("UTF-8");
    }

    @Test
    void emptyFilesAndFilesWithOnlyAHeaderAreRefused() {
        assertError("").hasMessageContaining("line 1").hasMessageContaining("empty");
        assertError("user_id,order_id,skill_name,correct\n").hasMessageContaining("no responses");
    }

    @Test
    void aHugeFieldIsRefusedRatherThanRead() {
        assertError("user_id,order_id,skill_name,correct\n" + "x".repeat(CsvRecords.MAX_FIELD_LENGTH + 1) + ",1,s,1\n")
                .hasMessageContaining("line 2").hasMessageContaining("longer than");
    }

    private static ResponseTable read(String csv) throws IOException {
        return read(csv, ColumnMapping.STANDARD);
    }

    private static ResponseTable read(String csv, ColumnMapping columns) throws IOException {
        return ResponseCsvReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv",
                columns);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertError(String csv) {
        return assertThatThrownBy(() -> read(csv)).isInstanceOf(CsvFormatException.class);
    }
}
