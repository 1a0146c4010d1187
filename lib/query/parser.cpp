#include "kg/query/parser.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "lexer.h"
#include "query_error.h"

namespace kg::query {
namespace {

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// Words that cannot name a variable (they may still be property or map keys).
constexpr std::array<std::string_view, 27> kReserved = {
    "MATCH", "WHERE", "RETURN", "DISTINCT", "AS",    "ORDER", "BY",     "ASC",      "ASCENDING",
    "DESC",  "DESCENDING", "SKIP", "LIMIT", "AND",   "OR",    "XOR",    "NOT",      "IN",
    "CONTAINS", "STARTS", "ENDS", "IS",     "NULL",  "TRUE",  "FALSE",  "OPTIONAL", "WITH"};

// Clauses of full Cypher that kg does not run: named so the error says so.
constexpr std::array<std::string_view, 14> kUnsupported = {
    "OPTIONAL", "WITH", "UNWIND", "CREATE", "MERGE", "DELETE", "DETACH", "SET",
    "REMOVE",   "CALL", "UNION",  "FOREACH", "LOAD", "USE"};

class Parser {
 public:
  explicit Parser(std::string_view q) : q_(q), toks_(tokenize_query(q)) {}

  AstQuery run() {
    AstQuery query;
    if (at_end()) fail_here("empty query: expected MATCH");
    while (is_keyword("MATCH")) query.matches.push_back(parse_match());
    if (query.matches.empty()) {
      reject_unsupported();
      fail_here("expected MATCH");
    }
    if (!is_keyword("RETURN")) {
      reject_unsupported();
      fail_here(query.matches.back().where ? "expected RETURN or AND/OR"
                                           : "expected RETURN, WHERE, MATCH or ',' after the pattern");
    }
    query.ret = parse_return();
    if (peek().kind == TokenKind::Semicolon) advance();
    if (!at_end()) {
      reject_unsupported();
      fail_here("expected end of query after RETURN");
    }
    return query;
  }

 private:
  std::string_view q_;
  std::vector<Token> toks_;
  std::size_t i_ = 0;
  std::size_t depth_ = 0;

  struct DepthGuard {
    Parser& p;
    explicit DepthGuard(Parser& parser) : p(parser) {
      if (++p.depth_ > kMaxNesting)
        p.fail_here("query nested too deeply (more than " + std::to_string(kMaxNesting) + " levels)");
    }
    ~DepthGuard() { --p.depth_; }
  };

  const Token& peek(std::size_t k = 0) const { return toks_[std::min(i_ + k, toks_.size() - 1)]; }
  bool at_end() const { return peek().kind == TokenKind::End; }
  const Token& advance() {
    const Token& t = toks_[i_];
    if (i_ + 1 < toks_.size()) ++i_;
    return t;
  }
  std::size_t prev_end() const { return i_ == 0 ? 0 : toks_[i_ - 1].end; }

  [[noreturn]] void fail_here(const std::string& message) const { fail_at(q_, peek().pos, message); }
  [[noreturn]] void expected(const std::string& what) const {
    fail_here("expected " + what + " but found " + describe(peek()));
  }

  bool is_keyword(std::string_view kw, std::size_t k = 0) const {
    const Token& t = peek(k);
    return t.kind == TokenKind::Identifier && iequals(t.text, kw);
  }
  bool accept_keyword(std::string_view kw) {
    if (!is_keyword(kw)) return false;
    advance();
    return true;
  }
  void expect_keyword(std::string_view kw) {
    if (!accept_keyword(kw)) expected(std::string(kw));
  }
  bool accept(TokenKind k) {
    if (peek().kind != k) return false;
    advance();
    return true;
  }
  const Token& expect(TokenKind k, const std::string& context = "") {
    if (peek().kind != k) expected(describe(k) + context);
    return advance();
  }

  void reject_unsupported() const {
    const Token& t = peek();
    if (t.kind != TokenKind::Identifier) return;
    for (std::string_view w : kUnsupported)
      if (iequals(t.text, w)) {
        std::string up(w);
        fail_here(up + " is not supported: kg runs read-only queries of the form MATCH ... [WHERE ...] RETURN ...");
      }
  }

  static bool reserved(std::string_view word) {
    return std::any_of(kReserved.begin(), kReserved.end(), [&](std::string_view r) { return iequals(r, word); });
  }
  bool at_variable() const {
    const Token& t = peek();
    return t.kind == TokenKind::QuotedIdentifier || (t.kind == TokenKind::Identifier && !reserved(t.text));
  }
  std::string parse_variable(const char* what) {
    if (!at_variable()) expected(what);
    return advance().text;
  }
  // Label, type or property key: any word, reserved or not.
  std::string parse_symbolic_name(const std::string& what) {
    const Token& t = peek();
    if (t.kind != TokenKind::Identifier && t.kind != TokenKind::QuotedIdentifier) expected(what);
    return advance().text;
  }

  // ---- clauses ----

  AstMatch parse_match() {
    AstMatch m;
    m.pos = peek().pos;
    expect_keyword("MATCH");
    do m.patterns.push_back(parse_path_pattern());
    while (accept(TokenKind::Comma));
    if (accept_keyword("WHERE")) m.where = parse_expr();
    return m;
  }

  AstPathPattern parse_path_pattern() {
    AstPathPattern p;
    p.pos = peek().pos;
    if (at_variable() && peek(1).kind == TokenKind::Eq) {
      p.variable = advance().text;
      advance();
    }
    bool shortest = peek().kind == TokenKind::Identifier && iequals(peek().text, "shortestPath") &&
                    peek(1).kind == TokenKind::LParen;
    if (peek().kind == TokenKind::Identifier && iequals(peek().text, "allShortestPaths"))
      fail_here("allShortestPaths is not supported: use shortestPath");
    if (shortest) {
      advance();
      advance();
      p.shortest = true;
      parse_chain(p);
      expect(TokenKind::RParen, " to close shortestPath(");
      if (p.rels.size() != 1)
        fail_at(q_, p.pos, "shortestPath needs a pattern with exactly one relationship: shortestPath((a)-[*]-(b))");
    } else {
      if (peek().kind != TokenKind::LParen) expected("'(' to start a node pattern");
      parse_chain(p);
    }
    return p;
  }

  void parse_chain(AstPathPattern& p) {
    p.nodes.push_back(parse_node());
    while (peek().kind == TokenKind::Minus || (peek().kind == TokenKind::Lt && peek(1).kind == TokenKind::Minus)) {
      p.rels.push_back(parse_rel());
      if (peek().kind != TokenKind::LParen) expected("'(' to start the node after the relationship");
      p.nodes.push_back(parse_node());
    }
  }

  AstNodePattern parse_node() {
    AstNodePattern n;
    n.pos = peek().pos;
    expect(TokenKind::LParen);
    if (at_variable()) n.variable = advance().text;
    while (accept(TokenKind::Colon)) {
      std::vector<std::string> group{parse_symbolic_name("a label after ':'")};
      while (accept(TokenKind::Pipe)) {
        accept(TokenKind::Colon);
        group.push_back(parse_symbolic_name("a label after '|'"));
      }
      n.labels.push_back(std::move(group));
    }
    if (peek().kind == TokenKind::LBrace) n.properties = parse_property_map();
    if (peek().kind != TokenKind::RParen)
      expected(n.labels.empty() && n.properties.empty() && n.variable.empty()
                   ? "a variable, ':label', '{' or ')'"
                   : (n.properties.empty() ? "':label', '{' or ')'" : "')'"));
    advance();
    return n;
  }

  AstRelPattern parse_rel() {
    AstRelPattern r;
    r.pos = peek().pos;
    bool left = false, right = false;
    if (peek().kind == TokenKind::Lt) {
      advance();
      left = true;
    }
    expect(TokenKind::Minus);
    if (accept(TokenKind::LBracket)) {
      parse_rel_detail(r);
      expect(TokenKind::RBracket, " to close the relationship");
    }
    if (peek().kind != TokenKind::Minus) expected("'-' or '->' to finish the relationship");
    advance();
    if (peek().kind == TokenKind::Gt) {
      advance();
      right = true;
    }
    r.direction = left == right ? AstDirection::Both : (left ? AstDirection::Left : AstDirection::Right);
    return r;
  }

  void parse_rel_detail(AstRelPattern& r) {
    if (at_variable()) r.variable = advance().text;
    if (accept(TokenKind::Colon)) {
      r.types.push_back(parse_symbolic_name("a relationship type after ':'"));
      while (accept(TokenKind::Pipe)) {
        accept(TokenKind::Colon);
        r.types.push_back(parse_symbolic_name("a relationship type after '|'"));
      }
    }
    if (accept(TokenKind::Star)) {
      r.variable_length = true;
      if (peek().kind == TokenKind::Integer) {
        r.min_hops = advance().int_value;
        if (!accept(TokenKind::DotDot)) r.max_hops = r.min_hops;  // *2 means exactly two hops
        else if (peek().kind == TokenKind::Integer) r.max_hops = advance().int_value;
      } else if (accept(TokenKind::DotDot)) {
        if (peek().kind != TokenKind::Integer) expected("an upper bound after '..'");
        r.max_hops = advance().int_value;
      }
    }
    if (peek().kind == TokenKind::LBrace) r.properties = parse_property_map();
    if (peek().kind != TokenKind::RBracket) expected(r.variable_length ? "'{' or ']'" : "':type', '*', '{' or ']'");
  }

  std::vector<AstProperty> parse_property_map() {
    std::vector<AstProperty> props;
    expect(TokenKind::LBrace);
    if (accept(TokenKind::RBrace)) return props;
    do {
      AstProperty p;
      p.pos = peek().pos;
      p.key = parse_symbolic_name("a property name");
      expect(TokenKind::Colon, " after the property name");
      p.value = parse_expr();
      props.push_back(std::move(p));
    } while (accept(TokenKind::Comma));
    if (peek().kind != TokenKind::RBrace) expected("',' or '}' in the property map");
    advance();
    return props;
  }

  AstReturn parse_return() {
    AstReturn r;
    r.pos = peek().pos;
    expect_keyword("RETURN");
    r.distinct = accept_keyword("DISTINCT");
    if (accept(TokenKind::Star)) {
      r.star = true;
      if (accept(TokenKind::Comma)) parse_return_items(r);
    } else {
      parse_return_items(r);
    }
    if (accept_keyword("ORDER")) {
      expect_keyword("BY");
      do {
        AstSortItem s;
        s.expr = parse_expr();
        if (accept_keyword("DESC") || accept_keyword("DESCENDING")) s.descending = true;
        else if (!accept_keyword("ASC")) accept_keyword("ASCENDING");
        r.order_by.push_back(std::move(s));
      } while (accept(TokenKind::Comma));
    }
    if (accept_keyword("SKIP")) r.skip = parse_expr();
    if (accept_keyword("LIMIT")) r.limit = parse_expr();
    return r;
  }

  void parse_return_items(AstReturn& r) {
    do {
      if (at_end()) expected("an expression to return");
      AstReturnItem item;
      std::size_t start = peek().pos;
      item.expr = parse_expr();
      item.text = std::string(q_.substr(start, prev_end() - start));
      if (accept_keyword("AS")) item.alias = parse_variable("a column name after AS");
      r.items.push_back(std::move(item));
    } while (accept(TokenKind::Comma));
  }

  // ---- expressions (precedence climbing, lowest first) ----

  AstExprPtr make(AstExprKind kind, std::size_t pos) {
    auto e = std::make_unique<AstExpr>();
    e->kind = kind;
    e->pos = pos;
    return e;
  }
  // Long operator chains (a + b + c ...) build deep trees without deep
  // parser recursion; bounding the height keeps later recursive passes safe.
  AstExprPtr seal(AstExprPtr e) {
    for (const auto& c : e->children) e->height = std::max(e->height, c->height + 1);
    if (e->height > kMaxNesting)
      fail_at(q_, e->pos, "expression nested too deeply (more than " + std::to_string(kMaxNesting) + " levels)");
    return e;
  }
  AstExprPtr binary(AstExprKind kind, AstExprPtr l, AstExprPtr r) {
    auto e = make(kind, l->pos);
    e->end = r->end;
    e->children.push_back(std::move(l));
    e->children.push_back(std::move(r));
    return seal(std::move(e));
  }

  AstExprPtr parse_expr() {
    DepthGuard guard(*this);
    return parse_or();
  }

  AstExprPtr parse_or() {
    auto l = parse_xor();
    while (accept_keyword("OR")) l = binary(AstExprKind::Or, std::move(l), parse_xor());
    return l;
  }
  AstExprPtr parse_xor() {
    auto l = parse_and();
    while (accept_keyword("XOR")) l = binary(AstExprKind::Xor, std::move(l), parse_and());
    return l;
  }
  AstExprPtr parse_and() {
    auto l = parse_not();
    while (accept_keyword("AND")) l = binary(AstExprKind::And, std::move(l), parse_not());
    return l;
  }
  AstExprPtr parse_not() {
    if (is_keyword("NOT")) {
      DepthGuard guard(*this);
      std::size_t pos = advance().pos;
      auto e = make(AstExprKind::Not, pos);
      e->children.push_back(parse_not());
      e->end = e->children[0]->end;
      return seal(std::move(e));
    }
    return parse_comparison();
  }

  AstExprPtr parse_comparison() {
    auto l = parse_predicate();
    for (;;) {
      AstExprKind kind;
      switch (peek().kind) {
        case TokenKind::Eq: kind = AstExprKind::Eq; break;
        case TokenKind::Ne: kind = AstExprKind::Ne; break;
        case TokenKind::Lt: kind = AstExprKind::Lt; break;
        case TokenKind::Le: kind = AstExprKind::Le; break;
        case TokenKind::Gt: kind = AstExprKind::Gt; break;
        case TokenKind::Ge: kind = AstExprKind::Ge; break;
        default: return l;
      }
      advance();
      l = binary(kind, std::move(l), parse_predicate());
    }
  }

  // IN, CONTAINS, STARTS WITH, ENDS WITH, IS [NOT] NULL bind tighter than comparisons.
  AstExprPtr parse_predicate() {
    auto l = parse_additive();
    for (;;) {
      if (accept_keyword("IN")) {
        l = binary(AstExprKind::In, std::move(l), parse_additive());
      } else if (accept_keyword("CONTAINS")) {
        l = binary(AstExprKind::Contains, std::move(l), parse_additive());
      } else if (is_keyword("STARTS")) {
        advance();
        expect_keyword("WITH");
        l = binary(AstExprKind::StartsWith, std::move(l), parse_additive());
      } else if (is_keyword("ENDS")) {
        advance();
        expect_keyword("WITH");
        l = binary(AstExprKind::EndsWith, std::move(l), parse_additive());
      } else if (is_keyword("IS")) {
        advance();
        bool negated = accept_keyword("NOT");
        if (!is_keyword("NULL")) expected(negated ? "NULL after IS NOT" : "NULL or NOT NULL after IS");
        std::size_t end = advance().end;
        auto e = make(negated ? AstExprKind::IsNotNull : AstExprKind::IsNull, l->pos);
        e->end = end;
        e->children.push_back(std::move(l));
        l = seal(std::move(e));
      } else {
        return l;
      }
    }
  }

  AstExprPtr parse_additive() {
    auto l = parse_multiplicative();
    for (;;) {
      if (accept(TokenKind::Plus)) l = binary(AstExprKind::Add, std::move(l), parse_multiplicative());
      else if (accept(TokenKind::Minus)) l = binary(AstExprKind::Sub, std::move(l), parse_multiplicative());
      else return l;
    }
  }
  AstExprPtr parse_multiplicative() {
    auto l = parse_unary();
    for (;;) {
      if (accept(TokenKind::Star)) l = binary(AstExprKind::Mul, std::move(l), parse_unary());
      else if (accept(TokenKind::Slash)) l = binary(AstExprKind::Div, std::move(l), parse_unary());
      else if (accept(TokenKind::Percent)) l = binary(AstExprKind::Mod, std::move(l), parse_unary());
      else return l;
    }
  }
  AstExprPtr parse_unary() {
    if (peek().kind == TokenKind::Minus || peek().kind == TokenKind::Plus) {
      DepthGuard guard(*this);
      bool minus = peek().kind == TokenKind::Minus;
      std::size_t pos = advance().pos;
      auto operand = parse_unary();
      if (!minus) return operand;
      auto e = make(AstExprKind::Negate, pos);
      e->end = operand->end;
      e->children.push_back(std::move(operand));
      return seal(std::move(e));
    }
    return parse_postfix();
  }

  AstExprPtr parse_postfix() {
    auto e = parse_atom();
    for (;;) {
      if (accept(TokenKind::Dot)) {
        auto p = make(AstExprKind::Property, e->pos);
        p->text = parse_symbolic_name("a property name after '.'");
        p->end = prev_end();
        p->children.push_back(std::move(e));
        e = seal(std::move(p));
      } else if (peek().kind == TokenKind::LBracket) {
        DepthGuard guard(*this);
        advance();
        auto idx = make(AstExprKind::Index, e->pos);
        idx->children.push_back(std::move(e));
        idx->children.push_back(parse_expr());
        expect(TokenKind::RBracket, " to close the index");
        idx->end = prev_end();
        e = seal(std::move(idx));
      } else {
        return e;
      }
    }
  }

  AstExprPtr parse_atom() {
    const Token& t = peek();
    std::size_t pos = t.pos;
    AstExprPtr e;
    switch (t.kind) {
      case TokenKind::Integer:
        e = make(AstExprKind::Int, pos);
        e->int_value = advance().int_value;
        break;
      case TokenKind::Float:
        e = make(AstExprKind::Float, pos);
        e->float_value = advance().float_value;
        break;
      case TokenKind::String:
        e = make(AstExprKind::String, pos);
        e->text = advance().text;
        break;
      case TokenKind::LParen: {
        DepthGuard guard(*this);
        advance();
        e = parse_expr();
        expect(TokenKind::RParen, " to close '('");
        e->pos = pos;
        e->end = prev_end();
        return e;
      }
      case TokenKind::LBracket: {
        DepthGuard guard(*this);
        advance();
        e = make(AstExprKind::List, pos);
        if (peek().kind != TokenKind::RBracket) {
          do e->children.push_back(parse_expr());
          while (accept(TokenKind::Comma));
        }
        if (peek().kind == TokenKind::Pipe) fail_here("list comprehensions ([x IN list | ...]) are not supported");
        if (peek().kind != TokenKind::RBracket) expected("',' or ']' in the list");
        advance();
        break;
      }
      case TokenKind::LBrace: {
        DepthGuard guard(*this);
        advance();
        e = make(AstExprKind::Map, pos);
        if (peek().kind != TokenKind::RBrace) {
          do {
            e->keys.push_back(parse_symbolic_name("a key in the map"));
            expect(TokenKind::Colon, " after the map key");
            e->children.push_back(parse_expr());
          } while (accept(TokenKind::Comma));
        }
        if (peek().kind != TokenKind::RBrace) expected("',' or '}' in the map");
        advance();
        break;
      }
      case TokenKind::Dollar:
        fail_here("query parameters ($name) are not supported: write the value in the query");
      case TokenKind::Identifier:
      case TokenKind::QuotedIdentifier:
        if (t.kind == TokenKind::Identifier) {
          if (iequals(t.text, "NULL")) {
            advance();
            e = make(AstExprKind::Null, pos);
            break;
          }
          if (iequals(t.text, "TRUE") || iequals(t.text, "FALSE")) {
            e = make(AstExprKind::Bool, pos);
            e->bool_value = iequals(advance().text, "TRUE");
            break;
          }
          if (peek(1).kind == TokenKind::LParen) return parse_call();
          if (iequals(t.text, "CASE")) fail_here("CASE expressions are not supported");
          if (iequals(t.text, "EXISTS")) fail_here("EXISTS is not supported: use IS NOT NULL");
        }
        if (!at_variable()) expected("an expression");
        e = make(AstExprKind::Variable, pos);
        e->text = advance().text;
        break;
      default:
        expected("an expression");
    }
    e->end = prev_end();
    return seal(std::move(e));
  }

  AstExprPtr parse_call() {
    DepthGuard guard(*this);
    auto e = make(AstExprKind::Call, peek().pos);
    e->text = advance().text;
    advance();  // (
    if (accept(TokenKind::Star)) {
      e->star = true;
    } else {
      e->distinct = accept_keyword("DISTINCT");
      if (peek().kind != TokenKind::RParen) {
        do e->children.push_back(parse_expr());
        while (accept(TokenKind::Comma));
      }
    }
    if (peek().kind != TokenKind::RParen) expected("',' or ')' to close " + e->text + "(");
    advance();
    e->end = prev_end();
    return seal(std::move(e));
  }
};

}  // namespace

AstQuery parse_query(std::string_view query) { return Parser(query).run(); }

}  // namespace kg::query
