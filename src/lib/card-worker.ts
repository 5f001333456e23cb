import { renderCard, type CardFacts } from './preview-card.ts';

/** A child process that draws preview cards for src/lib/preview-cards.ts: facts in, PNG bytes out. */
process.on('message', (m: { id: number; facts: CardFacts }) => {
  renderCard(m.facts).then(
    (card) => process.send!({ id: m.id, png: card.png, missing: card.missing }),
    (e: unknown) => process.send!({ id: m.id, error: e instanceof Error ? e.message : String(e) }),
  );
});
