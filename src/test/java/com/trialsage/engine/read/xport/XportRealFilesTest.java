package com.trialsage.engine.read.xport;

import static org.assertj.core.api.Assertions.assertThat;

import com.trialsage.engine.model.DatasetStream;
import com.trialsage.engine.model.Record;
import com.trialsage.engine.model.VariableType;
import com.trialsage.engine.read.DatasetFiles;
import com.trialsage.engine.read.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every XPORT file of the shared reference data. The expected record and variable counts were taken
 * with pandas.read_sas, an independent reader.
 */
class XportRealFilesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "sdtm/cdiscpilot01/ae.xpt, AE, 1191, 35",
    "sdtm/cdiscpilot01/cm.xpt, CM, 7510, 21",
    "sdtm/cdiscpilot01/dm.xpt, DM, 306, 25",
    "sdtm/cdiscpilot01/ds.xpt, DS, 596, 13",
    "sdtm/cdiscpilot01/ex.xpt, EX, 591, 17",
    "sdtm/cdiscpilot01/mh.xpt, MH, 1818, 19",
    "sdtm/cdiscpilot01/relrec.xpt, RELREC, 234, 7",
    "sdtm/cdiscpilot01/sc.xpt, SC, 254, 14",
    "sdtm/cdiscpilot01/se.xpt, SE, 752, 9",
    "sdtm/cdiscpilot01/suppae.xpt, SUPPAE, 1191, 10",
    "sdtm/cdiscpilot01/suppdm.xpt, SUPPDM, 1197, 10",
    "sdtm/cdiscpilot01/suppds.xpt, SUPPDS, 3, 10",
    "sdtm/cdiscpilot01/sv.xpt, SV, 3559, 8",
    "sdtm/cdiscpilot01/ta.xpt, TA, 8, 10",
    "sdtm/cdiscpilot01/te.xpt, TE, 7, 7",
    "sdtm/cdiscpilot01/ti.xpt, TI, 31, 6",
    "sdtm/cdiscpilot01/ts.xpt, TS, 33, 6",
    "sdtm/cdiscpilot01/tv.xpt, TV, 21, 9",
    "datasetjson/sdtm/ae.xpt, AE, 74, 37",
    "datasetjson/sdtm/cm.xpt, CM, 68, 17",
    "datasetjson/sdtm/dd.xpt, DD, 3, 12",
    "datasetjson/sdtm/di.xpt, DI, 34, 7",
    "datasetjson/sdtm/dm.xpt, DM, 18, 26",
    "datasetjson/sdtm/ds.xpt, DS, 53, 12",
    "datasetjson/sdtm/ec.xpt, EC, 1590, 21",
    "datasetjson/sdtm/ex.xpt, EX, 1583, 17",
    "datasetjson/sdtm/fa.xpt, FA, 78, 16",
    "datasetjson/sdtm/ie.xpt, IE, 1, 12",
    "datasetjson/sdtm/lb.xpt, LB, 3488, 23",
    "datasetjson/sdtm/mh.xpt, MH, 17, 8",
    "datasetjson/sdtm/oe.xpt, OE, 285, 18",
    "datasetjson/sdtm/qsph.xpt, QSPH, 330, 17",
    "datasetjson/sdtm/qssl.xpt, QSSL, 135, 16",
    "datasetjson/sdtm/relrec.xpt, RELREC, 6, 7",
    "datasetjson/sdtm/rs.xpt, RS, 375, 17",
    "datasetjson/sdtm/se.xpt, SE, 43, 11",
    "datasetjson/sdtm/suppdm.xpt, SUPPDM, 3, 10",
    "datasetjson/sdtm/suppec.xpt, SUPPEC, 7, 10",
    "datasetjson/sdtm/sv.xpt, SV, 164, 10",
    "datasetjson/sdtm/ta.xpt, TA, 8, 10",
    "datasetjson/sdtm/te.xpt, TE, 5, 6",
    "datasetjson/sdtm/ti.xpt, TI, 62, 6",
    "datasetjson/sdtm/ts.xpt, TS, 51, 11",
    "datasetjson/sdtm/tv.xpt, TV, 14, 7",
    "datasetjson/sdtm/vs.xpt, VS, 1414, 21",
  })
  void readsEveryValueOfEveryRecord(String file, String name, long records, int variables)
      throws IOException {
    long count = 0;
    int datasets = 0;
    String datasetName = null;
    int variableCount = 0;

    try (DatasetStream in = DatasetFiles.open(SharedData.file(file), null)) {
      while (in.nextDataset()) {
        datasets++;
        datasetName = in.metadata().name();
        variableCount = in.metadata().variables().size();
        for (Record r = in.nextRecord(); r != null; r = in.nextRecord()) {
          count++;
          assertThat(r.number()).isEqualTo(count);
          readEveryValue(r, in.metadata().variables().stream().map(v -> v.type()).toList());
        }
      }
    }

    assertThat(datasets).isEqualTo(1);
    assertThat(datasetName).isEqualTo(name);
    assertThat(variableCount).isEqualTo(variables);
    assertThat(count).isEqualTo(records);
  }

  private static void readEveryValue(Record r, List<VariableType> types) {
    for (int column = 0; column < types.size(); column++) {
      r.text(column);
      if (types.get(column) == VariableType.NUM) {
        assertThat(Double.isNaN(r.number(column))).isEqualTo(r.isMissing(column));
      }
    }
  }

  @Test
  void readsAZeroDoseAsZeroWherePandasReportsFiveTimesTenToTheMinus79() throws IOException {
    Path ec = SharedData.file("datasetjson/sdtm/ec.xpt");
    double dose;

    try (DatasetStream in = DatasetFiles.open(ec, null)) {
      in.nextDataset();
      int column = in.metadata().indexOf("ECPSTRG");
      Record r = in.nextRecord();
      for (int i = 1; i < 184; i++) {
        r = in.nextRecord();
      }
      dose = r.number(column);
    }

    assertThat(dose).isZero();
  }

  @Test
  void readsLabelsAndLengthsFromTheNamestrRecords() throws IOException {
    try (DatasetStream in = DatasetFiles.open(SharedData.file("datasetjson/sdtm/dm.xpt"), null)) {
      in.nextDataset();

      assertThat(in.metadata().label()).isEqualTo("Demographics");
      assertThat(in.metadata().variables().get(0).name()).isEqualTo("STUDYID");
      assertThat(in.metadata().variables().get(0).label()).isEqualTo("Study Identifier");
      assertThat(in.metadata().variables().get(0).length()).isEqualTo(12);
      assertThat(in.metadata().variable("AGE").orElseThrow().type()).isEqualTo(VariableType.NUM);
      assertThat(in.metadata().variable("AGE").orElseThrow().length()).isEqualTo(8);
    }
  }
}
