#include "kg/query/graph_bench.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <numeric>
#include <optional>
#include <random>
#include <unordered_set>

#include <time.h>

#include "kg/base/atomic_file.h"
#include "kg/base/error.h"
#include "kg/graph/algorithms.h"
#include "kg/graph/graph_file.h"
#include "kg/graph/triples_input.h"
#include "kg/query/edge_columns.h"
#include "kg/query/query.h"

namespace kg::query {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// CPU time of the whole process (all threads): on a busy machine wall time
// includes waiting for a core, CPU time does not.
double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

std::size_t status_field(const char* key) {
  std::ifstream in("/proc/self/status");
  std::string line;
  std::size_t n = std::char_traits<char>::length(key);
  while (std::getline(in, line))
    if (line.compare(0, n, key) == 0) return static_cast<std::size_t>(std::stoull(line.substr(n + 1))) * 1024;
  return 0;
}

// Samples ranks 0..n-1 with P(r) ~ 1/(r+1)^s through a cumulative table.
class Zipf {
 public:
  Zipf(std::size_t n, double s) : cdf_(n) {
    double total = 0;
    for (std::size_t r = 0; r < n; ++r) cdf_[r] = total += 1.0 / std::pow(static_cast<double>(r + 1), s);
    for (double& c : cdf_) c /= total;
  }
  template <class Rng>
  std::size_t operator()(Rng& rng) {
    double u = std::uniform_real_distribution<double>(0.0, 1.0)(rng);
    return static_cast<std::size_t>(std::lower_bound(cdf_.begin(), cdf_.end(), u) - cdf_.begin()) % cdf_.size();
  }

 private:
  std::vector<double> cdf_;
};

const char* const kEventClasses[] = {"CONSULT", "THREATEN", "SANCTION", "COOPERATE", "REJECT",
                                     "SUPPORT", "ACCUSE",   "DEMAND",   "AID",       "other"};
const char* const kQuadClasses[] = {"verbal cooperation", "verbal conflict", "material conflict", "material cooperation",
                                    "verbal conflict",    "verbal cooperation", "verbal conflict", "verbal conflict",
                                    "material cooperation", ""};
const char* const kTypes[] = {"PERSON", "ORG", "GPE", "NORP"};

std::string node_name(std::size_t i) { return "Actor " + std::to_string(i); }
std::string relation_name(std::size_t i) { return "relation " + std::to_string(i); }

std::string fmt_bytes(std::size_t b) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f MiB", static_cast<double>(b) / (1024.0 * 1024.0));
  return buf;
}

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}
double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

std::string quote(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

}  // namespace

std::size_t peak_rss_bytes() { return status_field("VmHWM:"); }
std::size_t current_rss_bytes() { return status_field("VmRSS:"); }
bool reset_peak_rss() {
  std::ofstream out("/proc/self/clear_refs");
  if (!out) return false;
  out << "5";
  out.flush();
  return static_cast<bool>(out);
}

std::size_t write_synthetic_triples(const SyntheticGraphSpec& spec, const std::filesystem::path& path) {
  if (spec.nodes < 2 || spec.relations < 1) throw Error("bench: need at least 2 nodes and 1 relation");
  double possible = static_cast<double>(spec.nodes) * static_cast<double>(spec.nodes - 1) * static_cast<double>(spec.relations);
  if (static_cast<double>(spec.edges) > possible / 4)
    throw Error("bench: " + std::to_string(spec.edges) + " distinct edges do not fit comfortably among " +
                std::to_string(spec.nodes) + " nodes; use more nodes");
  std::mt19937_64 rng(spec.seed);
  std::vector<std::size_t> node_of_rank(spec.nodes);
  std::iota(node_of_rank.begin(), node_of_rank.end(), 0);
  std::shuffle(node_of_rank.begin(), node_of_rank.end(), rng);
  Zipf endpoints(spec.nodes, spec.zipf_exponent);
  Zipf relations(spec.relations, 1.0);  // a few relations dominate, as in news ("say", "meet", ...)
  std::vector<std::string> names(spec.nodes);
  std::vector<const char*> types(spec.nodes);
  for (std::size_t i = 0; i < spec.nodes; ++i) {
    names[i] = node_name(i);
    types[i] = kTypes[i % 4];
  }
  AtomicFile file(path);
  std::ostream& out = file.stream();
  std::unordered_set<std::uint64_t> seen;
  seen.reserve(spec.edges * 2);
  std::string line;
  std::size_t written = 0;
  while (written < spec.edges) {
    std::size_t s = node_of_rank[endpoints(rng)], o = node_of_rank[endpoints(rng)];
    if (s == o) continue;
    std::size_t r = relations(rng);
    std::uint64_t key = (static_cast<std::uint64_t>(s) * spec.nodes + o) * spec.relations + r;
    if (!seen.insert(key).second) continue;
    std::size_t k = written++;
    std::string rel = relation_name(r);
    line.clear();
    line += "{\"doc\":\"doc" + std::to_string(k / 20) + "\",\"sentence\":" + std::to_string(k % 20);
    line += ",\"subject\":{\"text\":\"" + names[s] + "\",\"id\":\"" + names[s] + "\",\"type\":\"" + types[s] +
            "\",\"kind\":\"actor\"}";
    line += ",\"relation\":{\"text\":\"" + rel + "\",\"lemma\":\"" + rel + "\"}";
    line += ",\"object\":{\"text\":\"" + names[o] + "\",\"id\":\"" + names[o] + "\",\"type\":\"" + types[o] +
            "\",\"kind\":\"actor\"}";
    line += ",\"event_class\":\"" + std::string(kEventClasses[r % 10]) + "\",\"quad_class\":\"" + kQuadClasses[r % 10] +
            "\",\"confidence\":0." + std::to_string(50 + k % 50) + "}\n";
    out << line;
  }
  file.commit();
  return written;
}

graph::Table run_graph_bench(const BenchOptions& o) {
  namespace fs = std::filesystem;
  auto log = [&](const std::string& s) {
    if (o.log) o.log(s);
  };
  graph::Table t;
  t.columns = {"step", "time", "cpu", "peak RSS", "what"};
  double cpu_mark = cpu_seconds();
  std::string cpu_text;  // set by the measurements that take a median
  auto row = [&](const std::string& step, const std::string& what, const std::string& time) {
    std::string cpu = cpu_text;
    if (cpu.empty()) {
      char buf[48];
      std::snprintf(buf, sizeof buf, "%.3f s", cpu_seconds() - cpu_mark);
      cpu = buf;
    }
    t.rows.push_back({step, time, cpu, fmt_bytes(peak_rss_bytes()), what});
    log(step + ": " + time + " (cpu " + cpu + "; " + what + "), peak RSS " + fmt_bytes(peak_rss_bytes()));
    cpu_text.clear();
  };
  auto start = [&] {
    cpu_mark = cpu_seconds();
    return Clock::now();
  };
  auto ms = [](double s) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.3f ms", s * 1000);
    return std::string(buf);
  };
  auto secs = [](double s) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.3f s", s);
    return std::string(buf);
  };
  fs::create_directories(o.work_dir);
  fs::path triples = o.work_dir / "bench.triples.jsonl";
  fs::path half_a = o.work_dir / "bench.a.triples.jsonl", half_b = o.work_dir / "bench.b.triples.jsonl";
  fs::path graph_file = o.work_dir / "bench.kg.json";

  log("generating " + std::to_string(o.spec.edges) + " edges over " + std::to_string(o.spec.nodes) + " nodes");
  auto t0 = start();
  std::size_t lines = write_synthetic_triples(o.spec, triples);
  row("generate", std::to_string(lines) + " triples JSONL (" + fmt_bytes(fs::file_size(triples)) + ")",
      secs(seconds_since(t0)));

  std::vector<std::string> ids;
  {
    reset_peak_rss();
    auto g = std::make_unique<graph::KnowledgeGraph>();
    t0 = start();
    graph::add_triples_file(*g, triples, true);
    row("load triples", std::to_string(g->vertex_count()) + " nodes, " + std::to_string(g->edge_count()) +
                            " edges (kg build --triples path)", secs(seconds_since(t0)));

    reset_peak_rss();
    t0 = start();
    graph::save_graph(*g, graph_file);
    row("save graph", "graph file " + fmt_bytes(fs::file_size(graph_file)), secs(seconds_since(t0)));
  }
  reset_peak_rss();
  t0 = start();
  graph::KnowledgeGraph g = graph::load_graph(graph_file);
  row("load graph", "graph file back into memory", secs(seconds_since(t0)));
  const graph::BoostGraph& bg = g.graph();

  reset_peak_rss();
  t0 = start();
  std::optional<EdgeColumns> columns;
  columns.emplace(g);
  row("edge columns", "adjacency-ordered relation/event columns for scans (built once)", secs(seconds_since(t0)));
  QueryOptions qopt;
  qopt.columns = &*columns;

  std::mt19937_64 rng(o.spec.seed + 7);
  std::vector<graph::Vertex> starts;
  {
    std::vector<graph::Vertex> with_out;
    for (graph::Vertex v = 0; v < g.vertex_count(); ++v)
      if (boost::out_degree(v, bg) > 0) with_out.push_back(v);
    std::uniform_int_distribution<std::size_t> pick(0, with_out.size() - 1);
    for (std::size_t i = 0; i < o.start_nodes && !with_out.empty(); ++i) starts.push_back(with_out[pick(rng)]);
  }
  auto time_queries = [&](const std::vector<std::string>& queries, std::size_t& rows) {
    std::vector<double> times, cpu;
    rows = 0;
    for (const auto& q : queries) {
      auto s = Clock::now();
      double c = cpu_seconds();
      rows += run_query(g, q, qopt).rows.size();
      times.push_back(seconds_since(s));
      cpu.push_back(cpu_seconds() - c);
    }
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.3f ms", median(cpu) * 1000);
    cpu_text = buf;
    return times;
  };
  auto describe = [&](const std::vector<double>& times, std::size_t rows, const std::string& q) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "median of %zu; p90 %.3f ms; %.1f rows avg: ", times.size(),
                  percentile(times, 0.9) * 1000, static_cast<double>(rows) / static_cast<double>(times.size()));
    return buf + q;
  };

  reset_peak_rss();
  std::vector<std::string> queries;
  for (auto v : starts)
    queries.push_back("MATCH (a {id: " + quote(g[v].id.view()) + "})-[r]->(b) RETURN b.name, r.relation");
  std::size_t rows = 0;
  auto times = time_queries(queries, rows);
  row("one-hop", describe(times, rows, "MATCH (a {id: X})-[r]->(b) RETURN b.name, r.relation"), ms(median(times)));

  // The relation filter names the second most frequent lemma.
  std::string rel = relation_name(1);
  queries.clear();
  for (auto v : starts)
    queries.push_back("MATCH (a {id: " + quote(g[v].id.view()) + "})-[r1]->(b)-[r2:`" + rel +
                      "`]->(c) RETURN count(*)");
  times = time_queries(queries, rows);
  row("two-hop", describe(times, rows, "MATCH (a {id: X})-[r1]->(b)-[r2:`" + rel + "`]->(c) RETURN count(*)"),
      ms(median(times)));

  queries.clear();
  for (auto v : starts)
    queries.push_back("MATCH (a {id: " + quote(g[v].id.view()) + "})-[r1:`" + rel +
                      "`]->(b)-[r2]->(c) RETURN c.name");
  times = time_queries(queries, rows);
  row("two-hop (filter first)",
      describe(times, rows, "MATCH (a {id: X})-[r1:`" + rel + "`]->(b)-[r2]->(c) RETURN c.name"), ms(median(times)));

  queries.assign(5, "MATCH ()-[r]->() RETURN r.relation, count(*)");
  times = time_queries(queries, rows);
  row("aggregation", describe(times, rows, queries[0]), ms(median(times)));

  reset_peak_rss();
  {
    std::vector<double> pr, cpu;
    for (int i = 0; i < 3; ++i) {
      auto s = Clock::now();
      double c = cpu_seconds();
      graph::pagerank(g);
      pr.push_back(seconds_since(s));
      cpu.push_back(cpu_seconds() - c);
    }
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.3f s", median(cpu));
    cpu_text = buf;
    row("pagerank", "median of 3 runs, graph::pagerank (power iteration to 1e-9, at most 100 rounds)", secs(median(pr)));
  }

  reset_peak_rss();
  queries.clear();
  {
    std::uniform_int_distribution<std::size_t> pick(0, g.vertex_count() - 1);
    for (std::size_t i = 0; i < o.path_pairs; ++i) {
      graph::Vertex a = pick(rng), b = pick(rng);
      queries.push_back("MATCH p = shortestPath((a {id: " + quote(g[a].id.view()) + "})-[*]-(b {id: " +
                        quote(g[b].id.view()) + "})) RETURN length(p)");
    }
  }
  times = time_queries(queries, rows);
  row("shortest path", describe(times, rows, "MATCH p = shortestPath((a {id: X})-[*]-(b {id: Y})) RETURN length(p)"),
      ms(median(times)));

  // Merge: two halves of the triples loaded separately, then combined.
  qopt.columns = nullptr;
  columns.reset();
  g = graph::KnowledgeGraph();
  {
    std::ifstream in(triples);
    AtomicFile fa(half_a), fb(half_b);
    std::string line;
    for (std::size_t i = 0; std::getline(in, line); ++i) (i % 2 ? fb : fa).stream() << line << '\n';
    fa.commit();
    fb.commit();
  }
  reset_peak_rss();
  graph::KnowledgeGraph a, b;
  graph::add_triples_file(a, half_a, true);
  graph::add_triples_file(b, half_b, true);
  t0 = start();
  a.merge(b);
  row("merge halves", std::to_string(b.edge_count()) + " edges into " + std::to_string(a.edge_count() - b.edge_count()) +
                          " (peak includes both halves)", secs(seconds_since(t0)));
  if (!o.keep_files) {
    for (const auto& p : {triples, half_a, half_b, graph_file}) fs::remove(p);
  }
  return t;
}

}  // namespace kg::query
