// Who is who inside one document: mentions of actors (names, pronouns, titles
// and descriptions, capitals standing for their state) grouped into entities,
// each with a canonical name. Clause extraction asks `actor_at` which actor a
// subject or object span refers to.
#pragma once
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kg/extract/actor_lookup.h"
#include "kg/nlp/conllu.h"

namespace kg::extract {

class Canonicalizer;

// The actor a span refers to after coreference: id = canonical name ("Mike
// Pence", "North Korea", "U.S. lawmakers"), type = PERSON, ORG, GPE, LOC, NORP
// or GROUP, text = the words of the span as they stand in the sentence.
using EntityRef = ActorRef;

enum class MentionKind { Name, Nominal, Pronoun };

// One mention found in the document. Word indexes are 0-based and inclusive.
struct EntityMention {
  std::size_t sentence = 0;
  int first = 0, last = 0;
  int head = 0;            // the mention's syntactic head word
  MentionKind kind = MentionKind::Name;
  std::string type;        // actor type (see EntityRef), or a non-actor class ("thing", GUM's "object"...)
  int entity = -1;         // index into DocumentEntities::entities(), -1 = no entity
};

// A group of coreferent mentions.
struct DocumentEntity {
  std::string id;    // canonical name
  std::string type;  // actor type, or a non-actor class
  std::vector<std::pair<std::string, int>> aliases;  // surface forms with counts, most frequent first
  std::vector<std::size_t> mentions;                 // indexes into DocumentEntities::mentions()
  std::vector<std::size_t> members;                  // "both countries": the entities (indexes) it stands for
  std::vector<std::string> roles;                    // lower-cased roles: "north korean leader", "sister"
  std::vector<std::string> states;                   // ids of states written before the name ("South Korea's Moon")
  bool is_actor() const;
};

// Where mentions come from.
enum class MentionSource {
  Predicted,  // NER tags (Word::ner, BILOU) + proper nouns + noun phrases + pronouns from the tree
  GumMisc,    // GUM's gold mention spans and entity classes (MISC "Entity="), without their
              // coreference ids: evaluation of the resolver alone
};

struct ResolveOptions {
  MentionSource source = MentionSource::Predicted;
  int pronoun_window = 3;  // sentences back in which a pronoun looks for its antecedent
};

// Also an ActorLookup, so Extractor::extract_parsed(doc, sentences, entities)
// resolves subjects and objects through coreference.
class DocumentEntities : public ActorLookup {
 public:
  // Finds the mentions of `sentences` (one document, in order) and resolves them.
  // `canon` (may be null) supplies user aliases, country names, demonyms and capitals.
  static DocumentEntities resolve(const std::vector<nlp::Sentence>& sentences, const Canonicalizer* canon,
                                  const ResolveOptions& options = {});

  // The actor that words first..last (0-based, inclusive) of sentence `sentence`
  // refer to: the mention with the span's head word, else the largest mention
  // inside the span. Empty when the span names no actor (a thing, an unknown word).
  std::optional<EntityRef> actor_at(std::size_t sentence, int first_word, int last_word) const;
  // Same, with the span's head given (-1 = find it from the tree).
  std::optional<ActorRef> actor_at(std::size_t sentence, int first, int last, int head) const override;

  // The actors a group entity ("both countries" -> United States, North Korea) stands for.
  std::vector<ActorRef> members(const std::string& id) const override;
  const std::vector<EntityMention>& mentions() const { return mentions_; }
  const std::vector<DocumentEntity>& entities() const { return entities_; }
  // The mention a pronoun was linked to (its antecedent), or -1.
  int antecedent(std::size_t mention) const;

 private:
  friend class EntityResolver;
  std::vector<EntityMention> mentions_;
  std::vector<DocumentEntity> entities_;
  std::vector<int> antecedents_;                      // per mention
  std::vector<std::vector<int>> head_index_;          // [sentence][word] -> mention with that head, -1
  std::vector<std::vector<int>> heads_;               // [sentence][word] -> head word (0-based), -1 = root
  std::vector<std::vector<std::string>> forms_;       // [sentence][word] -> form, for EntityRef::text
  std::vector<std::vector<std::size_t>> by_sentence_;  // [sentence] -> its mentions
  std::map<std::string, std::size_t> groups_;          // id of a group entity -> its index
};

}  // namespace kg::extract
