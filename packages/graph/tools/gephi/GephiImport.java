import java.io.File;
import java.util.Map;
import java.util.TreeMap;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * Imports each file given with Gephi's own importer and default processor (what Gephi's
 * File > Open does) and prints what Gephi holds, one JSON object a line: node and edge counts,
 * edges per edge type, node columns, each node's label and kind, and how many nodes have a colour,
 * a size and a position.
 */
public class GephiImport {
  public static void main(String[] args) throws Exception {
    for (String path : args) System.out.println(summary(new File(path)));
  }

  static String summary(File file) throws Exception {
    ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
    projects.newProject();
    Workspace workspace = projects.getCurrentWorkspace();
    ImportController importer = Lookup.getDefault().lookup(ImportController.class);
    Container container = importer.importFile(file);
    if (container == null) throw new IllegalStateException("Gephi has no importer for " + file);
    importer.process(container, new DefaultProcessor(), workspace);
    GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
    Graph graph = model.getGraph();

    Map<String, Integer> types = new TreeMap<>();
    for (Edge edge : graph.getEdges()) {
      Object label = model.getEdgeTypeLabel(edge.getType());
      types.merge(String.valueOf(label), 1, Integer::sum);
    }
    int coloured = 0, sized = 0, placed = 0;
    Column kind = model.getNodeTable().getColumn(kindColumn(model));
    StringBuilder labels = new StringBuilder();
    StringBuilder kinds = new StringBuilder();
    for (Node node : graph.getNodes()) {
      String id = json(String.valueOf(node.getId()));
      if (labels.length() > 0) labels.append(',');
      labels.append(id).append(':').append(json(String.valueOf(node.getLabel())));
      if (kinds.length() > 0) kinds.append(',');
      kinds.append(id).append(':').append(json(String.valueOf(kind == null ? null : node.getAttribute(kind))));
      if (node.r() != 0f || node.g() != 0f || node.b() != 0f) coloured++;
      if (node.size() != 1f) sized++;
      if (node.x() != 0f || node.y() != 0f) placed++;
    }
    StringBuilder columns = new StringBuilder();
    for (Column column : model.getNodeTable()) {
      if (columns.length() > 0) columns.append(',');
      columns.append(json(column.getId()));
    }
    StringBuilder typeJson = new StringBuilder();
    for (Map.Entry<String, Integer> entry : types.entrySet()) {
      if (typeJson.length() > 0) typeJson.append(',');
      typeJson.append(json(entry.getKey())).append(':').append(entry.getValue());
    }
    return String.format(
        "{\"file\":%s,\"nodes\":%d,\"edges\":%d,\"edgeTypes\":{%s},\"nodeColumns\":[%s],\"coloured\":%d,\"sized\":%d,\"placed\":%d,\"labels\":{%s},\"kinds\":{%s}}",
        json(file.getName()), graph.getNodeCount(), graph.getEdgeCount(), typeJson, columns, coloured, sized, placed,
        labels, kinds);
  }

  /** The column holding the node's kind: `kind` in GEXF, titled `kind` in GraphML (whose ids are the keys' ids). */
  static String kindColumn(GraphModel model) {
    for (Column column : model.getNodeTable()) if (column.getTitle().equalsIgnoreCase("kind")) return column.getId();
    return "kind";
  }

  static String json(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\') out.append('\\').append(c);
      else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
      else out.append(c);
    }
    return out.append('"').toString();
  }
}
