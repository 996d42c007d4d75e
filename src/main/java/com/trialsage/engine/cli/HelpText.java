package com.trialsage.engine.cli;

/** The text {@code --help} prints. */
final class HelpText {
  static final String TEXT =
      """
      Usage: java -jar trialsage-engine.jar COMMAND [OPTIONS]

      Commands:
        validate   Validate SDTM datasets and write findings.ndjson and summary.json.
        list-rules Print the rule catalog (text, or JSON with --format json).
        help       Print this help. Also: --help, -h.
        --version  Print the engine version.

      validate options:
        --standard sdtmig              The standard (only sdtmig).
        --version 3.2|3.3|3.4          The SDTMIG version.
        --ct FILE                      NCI EVS CDISC terminology file (tab-separated).
        --define FILE                  Define-XML 1.0 or 2.x to compare the datasets with.
        --encoding utf-8|latin1|cp1252 Encoding of XPORT character data (default: detect).
        --max-findings-per-rule N      Write at most N findings per rule (default 1000);
                                       the summary counts all of them.
        --out DIR                      Folder for findings.ndjson and summary.json.
        FILES-OR-FOLDERS...            Dataset files (.xpt .json .ndjson .dsjc) or folders
                                       holding them.

      Exit codes:
        0  validated, with or without findings
        2  usage error (message on stderr)
        3  an input file (dataset, CT, define.xml) cannot be read (file, byte offset, why)
        4  internal error (short message on stderr, no results written)
      """;

  private HelpText() {}
}
