#include <filesystem>
#include <regex>
#include <string>

#include "kg/base/atomic_file.h"
#include "kg/base/error.h"
#include "kg/io/render.h"
#include "sample_graphs.h"
#include "test_support.h"

namespace fs = std::filesystem;
using kg::io::ImageFormat;
using kg::io::Layout;
using kg::io::RenderOptions;

namespace {
std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t i = s.find(what); i != std::string::npos; i = s.find(what, i + what.size())) ++n;
  return n;
}
RenderOptions svg(Layout layout = Layout::automatic) {
  RenderOptions o;
  o.format = ImageFormat::svg;
  o.layout = layout;
  return o;
}
}  // namespace

TEST_CASE("render: SVG shows escaped names, relation labels, tooltips and a legend") {
  const auto g = kg::test::tricky_graph();
  const std::string out = kg::io::render(g, svg());
  REQUIRE(out.find("<svg") != std::string::npos);
  CHECK(count(out, "class=\"node\"") == 6);
  CHECK(count(out, "class=\"edge\"") == 7);
  // Quotes and angle brackets are XML-escaped; backslashes show as written.
  CHECK(out.find("The &quot;Quoted&quot; Party") != std::string::npos);
  CHECK(out.find(">Back\\slash \\N Group<") != std::string::npos);
  CHECK(out.find("sanctions &amp; &lt;tariffs&gt;") != std::string::npos);
  CHECK(out.find("Zoë Ångström") != std::string::npos);
  CHECK(out.find("평양") != std::string::npos);
  // Relation labels, negation and counts.
  CHECK(out.find(">not meet<") != std::string::npos);
  CHECK(out.find(">visit (2)<") != std::string::npos);
  // The evidence sentence is in the edge tooltip.
  CHECK(out.find("He praised the city.") != std::string::npos);
  CHECK(out.find("xlink:title=") != std::string::npos);
  // The 3000-character sentence is cut in the tooltip.
  CHECK(out.find(std::string(400, 'x')) == std::string::npos);
  CHECK(out.find(std::string(200, 'x')) != std::string::npos);
  // Legend rows for the types and quad classes present.
  CHECK(out.find(">material conflict<") != std::string::npos);
  CHECK(out.find(">negated (") != std::string::npos);
  CHECK(out.find(">THING<") != std::string::npos);
  CHECK(out.find("stroke-dasharray") != std::string::npos);  // the negated edge
}

TEST_CASE("render: every layout engine lays out the tricky graph") {
  const auto g = kg::test::tricky_graph();
  for (Layout l : {Layout::dot, Layout::neato, Layout::fdp, Layout::sfdp, Layout::circo}) {
    CAPTURE(kg::io::layout_name(l));
    const std::string out = kg::io::render(g, svg(l));
    CHECK(count(out, "class=\"node\"") == 6);
    CHECK(count(out, "class=\"edge\"") == 7);
  }
}

TEST_CASE("render: an empty graph renders to a valid, empty picture") {
  kg::graph::BoostGraph g;
  const std::string out = kg::io::render(g, svg());
  CHECK(out.find("<svg") != std::string::npos);
  CHECK(count(out, "class=\"node\"") == 0);
  RenderOptions png;
  png.format = ImageFormat::png;
  CHECK(kg::io::render(g, png).substr(1, 3) == "PNG");
}

TEST_CASE("render: PNG, PDF and DOT outputs") {
  const auto g = kg::test::tricky_graph();
  RenderOptions o;
  o.format = ImageFormat::png;
  CHECK(kg::io::render(g, o).substr(0, 8) == "\x89PNG\r\n\x1a\n");
  o.format = ImageFormat::pdf;
  CHECK(kg::io::render(g, o).substr(0, 5) == "%PDF-");
  o.format = ImageFormat::dot;
  const std::string dot = kg::io::render(g, o);
  CHECK(dot.find("digraph kg") != std::string::npos);
  CHECK(dot.find("layout=dot") != std::string::npos);
  // DOT quotes the names; the backslash is doubled once for Graphviz' escapes, once for DOT.
  CHECK(dot.find("\"The \\\"Quoted\\\" Party\"") != std::string::npos);
}

TEST_CASE("render: layout by size and by name, format by extension") {
  kg::graph::BoostGraph small = kg::test::tricky_graph();
  CHECK(kg::io::choose_layout(small, Layout::automatic) == Layout::dot);
  CHECK(kg::io::choose_layout(small, Layout::circo) == Layout::circo);
  kg::graph::BoostGraph big;
  for (std::size_t i = 0; i <= kg::io::kMaxDotNodes; ++i) kg::test::add_actor(big, "a" + std::to_string(i), "ORG");
  CHECK(kg::io::choose_layout(big, Layout::automatic) == Layout::sfdp);
  CHECK(kg::io::parse_layout("sfdp") == Layout::sfdp);
  CHECK_THROWS_AS(kg::io::parse_layout("spring"), kg::Error);
  CHECK(kg::io::format_for_path("a/b.SVG") == ImageFormat::svg);
  CHECK(kg::io::format_for_path("b.gv") == ImageFormat::dot);
  CHECK_THROWS_WITH_AS(kg::io::format_for_path("out.jpeg"), doctest::Contains("out.jpeg"), kg::Error);
}

TEST_CASE("render: the output file is replaced atomically") {
  const fs::path dir = fs::temp_directory_path() / ("kg_render_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  kg::write_file_atomic(dir / "g.svg", "old");
  kg::io::render_to_file(kg::test::tricky_graph(), dir / "g.svg", svg());
  CHECK(kg::read_file(dir / "g.svg").find("<svg") != std::string::npos);
  std::size_t files = 0;
  for ([[maybe_unused]] auto& e : fs::directory_iterator(dir)) ++files;
  CHECK(files == 1);
  CHECK_THROWS_AS(kg::io::render_to_file(kg::test::tricky_graph(), dir / "missing" / "g.svg", svg()), kg::Error);
  fs::remove_all(dir);
}
