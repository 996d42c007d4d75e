package com.trialsage.engine.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.trialsage.engine.rules.RuleCatalog;
import com.trialsage.engine.rules.RuleDefinition;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.util.List;

/** {@code list-rules [--format text|json]}: prints the rule catalog on stdout. */
final class ListRulesCommand {
  private final PrintStream out;

  ListRulesCommand(PrintStream out) {
    this.out = out;
  }

  int execute(List<String> args) throws UsageException, IOException {
    String format = formatOf(args);
    RuleCatalog catalog = RuleCatalog.standard();
    if (format.equals("json")) {
      out.println(json(catalog));
    } else {
      printText(catalog);
    }
    return ExitCode.VALIDATED;
  }

  private static String formatOf(List<String> args) throws UsageException {
    if (args.isEmpty()) {
      return "text";
    }
    if (args.size() == 2 && args.get(0).equals("--format")) {
      String format = args.get(1);
      if (format.equals("text") || format.equals("json")) {
        return format;
      }
      throw new UsageException("--format must be text or json, was '" + format + "'");
    }
    throw new UsageException("list-rules takes only --format text|json");
  }

  private void printText(RuleCatalog catalog) {
    out.printf(
        "%-7s %-7s %-7s %-7s %-12s %-8s %s%n",
        "ID", "P21", "FDA", "CDISC", "CORE", "SEVERITY", "MESSAGE");
    for (RuleDefinition r : catalog.all()) {
      out.printf(
          "%-7s %-7s %-7s %-7s %-12s %-8s %s%n",
          r.id(),
          dash(r.p21Id()),
          dash(r.fdaId()),
          dash(r.cdiscId()),
          dash(r.coreId()),
          r.severity().label(),
          r.message());
    }
    out.println("catalog sha256 " + catalog.sha256());
  }

  private static String dash(String value) {
    return value.isEmpty() ? "-" : value;
  }

  private static String json(RuleCatalog catalog) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("catalogSha256", catalog.sha256());
      json.writeArrayFieldStart("rules");
      for (RuleDefinition r : catalog.all()) {
        json.writeStartObject();
        json.writeStringField("id", r.id().value());
        json.writeStringField("p21Id", r.p21Id());
        json.writeStringField("fdaId", r.fdaId());
        json.writeStringField("cdiscId", r.cdiscId());
        json.writeStringField("coreId", r.coreId());
        json.writeStringField("severity", r.severity().label());
        json.writeStringField("message", r.message());
        json.writeStringField("description", r.description());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    return text.toString();
  }
}
