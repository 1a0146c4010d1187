#include "kg/io/render.h"

#include <graphviz/gvc.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>

#include "cgraph_builder.h"
#include "kg/base/atomic_file.h"
#include "kg/base/error.h"

namespace kg::io {
namespace {

struct GvcCloser {
  void operator()(GVC_t* gvc) const { gvFreeContext(gvc); }
};

// Graphviz reports problems through a global callback; collect them so a
// failure can say what Graphviz said instead of printing to stderr.
std::string& graphviz_messages() {
  static std::string messages;
  return messages;
}
int collect_message(char* text) {
  if (graphviz_messages().size() < 2000) graphviz_messages() += text;
  return 0;
}
std::mutex& graphviz_mutex() {  // cgraph and gvc keep global state
  static std::mutex m;
  return m;
}

std::string last_messages() {
  std::string m = graphviz_messages();
  while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
  return m.empty() ? std::string() : ": " + m;
}

std::string write_dot(Agraph_t* g) {
  char* buf = nullptr;
  std::size_t size = 0;
  FILE* f = open_memstream(&buf, &size);
  if (!f) throw Error("out of memory writing DOT");
  const int rc = agwrite(g, f);
  std::fclose(f);
  std::unique_ptr<char, decltype(&std::free)> owned(buf, &std::free);
  if (rc != 0) throw Error("Graphviz could not write DOT" + last_messages());
  return std::string(buf, size);
}

}  // namespace

Layout parse_layout(std::string_view name) {
  if (name == "auto" || name.empty()) return Layout::automatic;
  if (name == "dot") return Layout::dot;
  if (name == "neato") return Layout::neato;
  if (name == "fdp") return Layout::fdp;
  if (name == "sfdp") return Layout::sfdp;
  if (name == "circo") return Layout::circo;
  throw Error("unknown layout '" + std::string(name) + "' (expected dot, neato, fdp, sfdp, circo or auto)");
}

std::string_view layout_name(Layout layout) {
  switch (layout) {
    case Layout::dot: return "dot";
    case Layout::neato: return "neato";
    case Layout::fdp: return "fdp";
    case Layout::sfdp: return "sfdp";
    case Layout::circo: return "circo";
    case Layout::automatic: break;
  }
  return "auto";
}

Layout choose_layout(const graph::BoostGraph& g, Layout requested) {
  if (requested != Layout::automatic) return requested;
  return num_vertices(g) > kMaxDotNodes ? Layout::sfdp : Layout::dot;
}

ImageFormat format_for_path(const std::filesystem::path& out) {
  std::string ext = out.extension().string();
  for (char& ch : ext)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  if (ext == ".svg") return ImageFormat::svg;
  if (ext == ".png") return ImageFormat::png;
  if (ext == ".pdf") return ImageFormat::pdf;
  if (ext == ".dot" || ext == ".gv") return ImageFormat::dot;
  throw Error(out.string() + ": cannot tell the image format from the extension '" + ext +
              "' (use .svg, .png, .pdf or .dot)");
}

std::string render(const graph::BoostGraph& g, const RenderOptions& opt) {
  const Layout layout = choose_layout(g, opt.layout);
  std::lock_guard<std::mutex> lock(graphviz_mutex());
  graphviz_messages().clear();
  agusererrf previous_handler = agseterrf(collect_message);
  agerrlevel_t previous_level = agseterr(AGERR);  // warnings (font fallbacks...) are not failures
  struct Restore {
    agusererrf handler;
    agerrlevel_t level;
    ~Restore() {
      agseterrf(handler);
      agseterr(level);
    }
  } restore{previous_handler, previous_level};

  std::unique_ptr<GVC_t, GvcCloser> gvc;
  if (opt.format != ImageFormat::dot) {
    gvc.reset(gvContext());
    if (!gvc) throw Error("Graphviz could not start (gvContext failed)");
  }
  AgraphPtr ag = build_cgraph(g, opt, layout);
  if (opt.format == ImageFormat::dot) return write_dot(ag.get());

  const std::string engine(layout_name(layout));
  if (gvLayout(gvc.get(), ag.get(), engine.c_str()) != 0)
    throw Error("Graphviz layout '" + engine + "' failed" + last_messages());
  struct LayoutGuard {  // the layout must go before the graph is closed
    GVC_t* gvc;
    Agraph_t* g;
    ~LayoutGuard() { gvFreeLayout(gvc, g); }
  } layout_guard{gvc.get(), ag.get()};
  const char* format = opt.format == ImageFormat::svg ? "svg" : opt.format == ImageFormat::png ? "png" : "pdf";
  char* data = nullptr;
  unsigned int length = 0;
  const int rc = gvRenderData(gvc.get(), ag.get(), format, &data, &length);
  std::string out;
  if (rc == 0 && data) out.assign(data, length);
  if (data) gvFreeRenderData(data);
  if (rc != 0) throw Error(std::string("Graphviz could not render ") + format + last_messages());
  return out;
}

void render_to_file(const graph::BoostGraph& g, const std::filesystem::path& out, const RenderOptions& opt) {
  write_file_atomic(out, render(g, opt));
}

}  // namespace kg::io
