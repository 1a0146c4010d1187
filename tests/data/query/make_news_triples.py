#!/usr/bin/env python3
"""Writes news.triples.jsonl: a small hand-made graph in the style of the
seed news (summits, sanctions, threats), used by tests/query/*.test and, until
the real seed graph replaces it, by the examples/queries.md check.

Byte spans are computed from the sentences so every triple is a distinct
piece of evidence. Run from this directory: python3 make_news_triples.py
"""
import json


def actor(text, id, type):
    return (text, id, type)


def thing(text):
    return (text, None, "")


CONSULT = dict(event_class="CONSULT", quad_class="verbal cooperation")
THREATEN = dict(event_class="THREATEN", quad_class="verbal conflict")
REJECT = dict(event_class="REJECT", quad_class="verbal conflict")

DOCS = {
    "olympics": [
        ("Kim Jong Un and Moon Jae-in are planning to meet for the first time, Seoul said on Saturday.",
         [(actor("Kim Jong Un", "Kim Jong Un", "PERSON"), "are planning to meet", "meet",
           actor("Moon Jae-in", "Moon Jae-in", "PERSON"), dict(modality="plan", confidence=0.82, attribution="Seoul", **CONSULT))]),
        ("Vice President Mike Pence avoided shaking hands with Kim Yo Jong, the sister of Kim Jong-un.",
         [(actor("Vice President Mike Pence", "Mike Pence", "PERSON"), "avoided shaking hands with", "avoid shake hand with",
           actor("Kim Yo Jong", "Kim Yo Jong", "PERSON"), dict(confidence=0.74, **REJECT)),
          (actor("Kim Yo Jong", "Kim Yo Jong", "PERSON"), "the sister of", "be sister of",
           actor("Kim Jong-un", "Kim Jong Un", "PERSON"), dict(event_class="other", confidence=0.9))]),
        ("Kim Yo Jong delivered an invitation from Kim Jong Un to Moon Jae-in.",
         [(actor("Kim Yo Jong", "Kim Yo Jong", "PERSON"), "delivered", "deliver", thing("an invitation"),
           dict(event_class="other", confidence=0.66)),
          (actor("Kim Jong Un", "Kim Jong Un", "PERSON"), "invitation", "invite",
           actor("Moon Jae-in", "Moon Jae-in", "PERSON"), dict(confidence=0.7, **CONSULT))]),
        ("Pence refused to stand for the anthem of North Korea.",
         [(actor("Pence", "Mike Pence", "PERSON"), "refused to stand for", "refuse stand for", thing("the anthem"),
           dict(confidence=0.61, **REJECT))]),
        ("Mike Pence did not meet Kim Yo Jong at the opening ceremony.",
         [(actor("Mike Pence", "Mike Pence", "PERSON"), "did not meet", "meet", actor("Kim Yo Jong", "Kim Yo Jong", "PERSON"),
           dict(negated=True, confidence=0.68, **CONSULT))]),
    ],
    "liaison": [
        ("North Korea and South Korea opened a liaison office in Kaesong on Friday.",
         [(actor("North Korea", "North Korea", "GPE"), "opened", "open", thing("a liaison office"),
           dict(event_class="COOPERATE", quad_class="material cooperation", confidence=0.88)),
          (actor("South Korea", "South Korea", "GPE"), "opened", "open", thing("a liaison office"),
           dict(event_class="COOPERATE", quad_class="material cooperation", confidence=0.85))]),
        ("The United States threatened North Korea with new sanctions.",
         [(actor("The United States", "United States", "GPE"), "threatened", "threaten",
           actor("North Korea", "North Korea", "GPE"), dict(confidence=0.83, **THREATEN))]),
        ("Donald Trump warned that Pyongyang would face fire and fury.",
         [(actor("Donald Trump", "Donald Trump", "PERSON"), "warned", "warn", actor("Pyongyang", "North Korea", "GPE"),
           dict(confidence=0.64, **THREATEN))]),
        ("Moon Jae-in met Kim Jong Un at the border village of Panmunjom.",
         [(actor("Moon Jae-in", "Moon Jae-in", "PERSON"), "met", "meet", actor("Kim Jong Un", "Kim Jong Un", "PERSON"),
           dict(confidence=0.93, **CONSULT))]),
        ("The United Nations imposed sanctions on North Korea over its missile tests.",
         [(actor("The United Nations", "United Nations", "ORG"), "imposed sanctions on", "sanction",
           actor("North Korea", "North Korea", "GPE"),
           dict(event_class="SANCTION", quad_class="material conflict", confidence=0.87))]),
    ],
    "summit": [
        ("Chung Eui-yong met Kim Jong-un in Pyongyang on March 5.",
         [(actor("Chung Eui-yong", "Chung Eui-yong", "PERSON"), "met", "meet", actor("Kim Jong-un", "Kim Jong Un", "PERSON"),
           dict(confidence=0.91, **CONSULT))]),
        ("Kim Jong Un said North Korea is willing to denuclearize.",
         [(actor("North Korea", "North Korea", "GPE"), "is willing to", "be willing to", thing("denuclearize"),
           dict(modality="want", event_class="CONCEDE", quad_class="verbal cooperation", confidence=0.58,
                attribution="Kim Jong Un"))]),
        ("Donald Trump praised the talks between the two Koreas.",
         [(actor("Donald Trump", "Donald Trump", "PERSON"), "praised", "praise", thing("the talks"),
           dict(event_class="SUPPORT", quad_class="verbal cooperation", confidence=0.72))]),
        ("Chung Eui-yong will brief Donald Trump in Washington.",
         [(actor("Chung Eui-yong", "Chung Eui-yong", "PERSON"), "will brief", "brief",
           actor("Donald Trump", "Donald Trump", "PERSON"), dict(modality="will", confidence=0.77, **CONSULT))]),
        ("Trump threatened to impose more sanctions on North Korea.",
         [(actor("Trump", "Donald Trump", "PERSON"), "threatened", "threaten", actor("North Korea", "North Korea", "GPE"),
           dict(confidence=0.8, **THREATEN))]),
        ("Moon Jae-in met Kim Jong Un again in Pyongyang in September.",
         [(actor("Moon Jae-in", "Moon Jae-in", "PERSON"), "met", "meet", actor("Kim Jong Un", "Kim Jong Un", "PERSON"),
           dict(confidence=0.9, **CONSULT))]),
    ],
}


def span(sentence, start, text):
    b = sentence.find(text)
    assert b >= 0, (text, sentence)
    s = start + len(sentence[:b].encode())
    return s, s + len(text.encode())


def main():
    lines = []
    for doc, sentences in DOCS.items():
        pos = 0
        for index, (sentence, triples) in enumerate(sentences):
            start, end = pos, pos + len(sentence.encode())
            pos = end + 1
            for subj, rel, lemma, obj, extra in triples:
                def arg(a):
                    text, id, type = a
                    s, e = span(sentence, start, text)
                    d = {"text": text}
                    d.update({"id": id, "type": type, "kind": "actor"} if id else {"kind": "thing"})
                    d.update(start=s, end=e)
                    return d
                rs, re_ = span(sentence, start, rel)
                t = {"doc": doc, "sentence": index, "start": start, "end": end, "sentence_text": sentence,
                     "subject": arg(subj), "relation": {"text": rel, "lemma": lemma, "start": rs, "end": re_},
                     "object": arg(obj), "negated": False, "modality": "", "attribution": ""}
                t.update(extra)
                lines.append(json.dumps(t, ensure_ascii=False))
    with open("news.triples.jsonl", "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
