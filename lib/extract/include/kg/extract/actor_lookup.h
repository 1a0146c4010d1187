// Which actor a span of a sentence names. Extraction asks this for the
// subject and object of every triple: only triples whose subject is an actor
// go to the actor-triple output. Coreference (kg/extract/coref.h) answers it
// for whole documents; MentionActorLookup is the plain answer from the NER
// tags and proper names of the sentence itself.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "kg/nlp/conllu.h"

namespace kg::extract {

struct ActorRef {
  std::string id;    // canonical name
  std::string type;  // PERSON, ORG, GPE, LOC, NORP, GROUP; "" when only the part of speech says "name"
  std::string text;  // the words of the mention
};

class ActorLookup {
 public:
  virtual ~ActorLookup() = default;
  // The actor that words first..last (0-based, inclusive) of sentence
  // `sentence` refer to, or empty; `head` is the span's syntactic head.
  virtual std::optional<ActorRef> actor_at(std::size_t sentence, int first, int last, int head) const = 0;
  // The actor a name names by itself ("North Korea" put together from "North
  // and South Korea"), from the gazetteer and user aliases; empty by default.
  virtual std::optional<ActorRef> actor_named(const std::string& name) const {
    (void)name;
    return std::nullopt;
  }
  // The person the document names who holds a described office: "North
  // Korean leader(s)" -> the one person it calls "North Korean leader" (or,
  // for a leader, writes as "North Korea's X"). Empty by default, or when
  // no single person fits.
  virtual std::optional<ActorRef> role_holder(const std::string& description) const {
    (void)description;
    return std::nullopt;
  }
  // The actors an actor id stands for together ("Koreas" -> North Korea, South
  // Korea): extraction gives each its own triple. Empty by default.
  virtual std::vector<ActorRef> members(const std::string& id) const {
    (void)id;
    return {};
  }
};

// Actors from the sentence alone: the NER mention (BILOU tags in Word::ner)
// that contains the head, else the run of proper nouns around a proper-noun
// head. Pronouns and descriptions stay unresolved.
class MentionActorLookup : public ActorLookup {
 public:
  explicit MentionActorLookup(const std::vector<nlp::Sentence>& sentences) : sentences_(sentences) {}
  std::optional<ActorRef> actor_at(std::size_t sentence, int first, int last, int head) const override;

 private:
  const std::vector<nlp::Sentence>& sentences_;
};

}  // namespace kg::extract
