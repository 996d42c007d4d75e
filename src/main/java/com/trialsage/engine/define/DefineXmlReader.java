package com.trialsage.engine.define;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads ItemGroupDefs, ItemRefs and ItemDefs from a Define-XML 1.0 or 2.x file with StAX, in one
 * pass. ItemRefs may precede their ItemDefs (they do in both versions), so they are resolved at the
 * end.
 */
public final class DefineXmlReader {
  private DefineXmlReader() {}

  public static DefineDocument read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString());
    }
  }

  static DefineDocument read(InputStream in, String fileName) throws IOException {
    XMLStreamReader xml = null;
    try {
      xml = secureFactory().createXMLStreamReader(in);
      Parse parse = new Parse();
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          parse.start(xml);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          parse.end(xml.getLocalName());
        } else if (event == XMLStreamConstants.CHARACTERS && parse.inTranslatedText) {
          parse.text.append(xml.getText());
        }
      }
      return new DefineDocument(fileName, parse.resolve());
    } catch (XMLStreamException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " line "
                  + e.getLocation().getLineNumber()
                  + " column "
                  + e.getLocation().getColumnNumber();
      throw new DefineFormatException(
          fileName + where + ": not readable XML: " + e.getMessage(), e);
    } finally {
      closeQuietly(xml);
    }
  }

  /** No DTDs and no external entities: a define.xml never needs them, and they enable XXE. */
  private static XMLInputFactory secureFactory() {
    // The JDK's own StAX implementation, whatever else is on the class path: its refusal of a
    // DOCTYPE with SUPPORT_DTD=false is what the XXE test pins (Woodstox, for one, skips it).
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    return factory;
  }

  private static void closeQuietly(XMLStreamReader xml) {
    if (xml != null) {
      try {
        xml.close();
      } catch (XMLStreamException ignored) {
        // Closing after a parse error may fail again; the first error is already being reported.
      }
    }
  }

  /** The state of one pass over the document. */
  private static final class Parse {
    private final Map<String, List<String>> itemRefsByGroup = new LinkedHashMap<>();
    private final Map<String, DefineVariable> itemDefsByOid = new HashMap<>();
    private List<String> currentRefs;
    private String itemOid;
    private String itemName;
    private String itemType;
    private int itemLength;
    private String itemLabel;
    private boolean inItemDef;
    private boolean inDescription;
    private boolean inTranslatedText;
    private final StringBuilder text = new StringBuilder();

    void start(XMLStreamReader xml) {
      switch (xml.getLocalName()) {
        case "ItemGroupDef" -> {
          currentRefs = new ArrayList<>();
          itemRefsByGroup.put(attribute(xml, "Name").toUpperCase(Locale.ROOT), currentRefs);
        }
        case "ItemRef" -> {
          if (currentRefs != null) {
            currentRefs.add(attribute(xml, "ItemOID"));
          }
        }
        case "ItemDef" -> startItemDef(xml);
        case "Description" -> inDescription = inItemDef;
        case "TranslatedText" -> {
          inTranslatedText = inDescription && itemLabel.isEmpty();
          text.setLength(0);
        }
        default -> {}
      }
    }

    private void startItemDef(XMLStreamReader xml) {
      inItemDef = true;
      itemOid = attribute(xml, "OID");
      itemName = attribute(xml, "Name");
      itemType = attribute(xml, "DataType");
      String length = attribute(xml, "Length");
      itemLength = length.matches("\\d+") ? Integer.parseInt(length) : 0;
      itemLabel = attribute(xml, "Label");
    }

    void end(String localName) {
      switch (localName) {
        case "ItemGroupDef" -> currentRefs = null;
        case "TranslatedText" -> {
          if (inTranslatedText) {
            itemLabel = text.toString().trim();
          }
          inTranslatedText = false;
        }
        case "Description" -> inDescription = false;
        case "ItemDef" -> {
          itemDefsByOid.put(itemOid, new DefineVariable(itemName, itemType, itemLength, itemLabel));
          inItemDef = false;
        }
        default -> {}
      }
    }

    Map<String, List<DefineVariable>> resolve() {
      Map<String, List<DefineVariable>> datasets = new LinkedHashMap<>();
      itemRefsByGroup.forEach(
          (group, refs) -> {
            List<DefineVariable> variables = new ArrayList<>();
            for (String oid : refs) {
              DefineVariable v = itemDefsByOid.get(oid);
              if (v != null) {
                variables.add(v);
              }
            }
            datasets.put(group, variables);
          });
      return datasets;
    }

    /** An attribute by local name in any namespace (1.0 writes def:Label, 2.x plain Name). */
    private static String attribute(XMLStreamReader xml, String localName) {
      for (int i = 0; i < xml.getAttributeCount(); i++) {
        if (xml.getAttributeLocalName(i).equals(localName)) {
          return xml.getAttributeValue(i);
        }
      }
      return "";
    }
  }
}
