namespace ArticleReader.Storage;

public sealed record Migration(int Version, string Name, string Sql);

// The schema, as one ordered list. A shipped step is never edited: change the schema by appending a step.
public static class Migrations
{
    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "sources, authors, articles, blocks", """
            CREATE TABLE sources (
                id            INTEGER PRIMARY KEY,
                name          TEXT NOT NULL,
                path          TEXT NOT NULL UNIQUE,
                content_hash  TEXT NOT NULL,
                format        TEXT NOT NULL,
                encoding      TEXT NOT NULL,
                original_text TEXT NOT NULL,
                size_bytes    INTEGER NOT NULL,
                ingested_at   TEXT NOT NULL,
                status        TEXT NOT NULL CHECK (status IN ('ingested', 'failed')),
                error         TEXT
            );
            CREATE INDEX ix_sources_hash ON sources(content_hash);

            CREATE TABLE authors (
                id   INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                slug TEXT NOT NULL UNIQUE
            );

            CREATE TABLE articles (
                id                  INTEGER PRIMARY KEY,
                source_id           INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
                position            INTEGER NOT NULL,
                slug                TEXT NOT NULL UNIQUE,
                title               TEXT NOT NULL,
                dek                 TEXT,
                kicker              TEXT,
                outlet              TEXT,
                author_id           INTEGER REFERENCES authors(id),
                published           TEXT,
                published_precision TEXT NOT NULL DEFAULT 'unknown'
                                    CHECK (published_precision IN ('unknown', 'year', 'month', 'day')),
                url                 TEXT,
                section             TEXT,
                start_offset        INTEGER NOT NULL,
                end_offset          INTEGER NOT NULL,
                created_at          TEXT NOT NULL,
                updated_at          TEXT NOT NULL,
                UNIQUE (source_id, position)
            );
            CREATE INDEX ix_articles_author ON articles(author_id);
            CREATE INDEX ix_articles_published ON articles(published);

            -- Blocks outside any article (a digest's header lines) keep article_id NULL but still
            -- belong to their source, so every character of the original is accounted for.
            CREATE TABLE blocks (
                id           INTEGER PRIMARY KEY,
                source_id    INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
                article_id   INTEGER REFERENCES articles(id) ON DELETE CASCADE,
                ordinal      INTEGER NOT NULL,
                kind         TEXT NOT NULL,
                text         TEXT NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset   INTEGER NOT NULL,
                meta         TEXT
            );
            CREATE INDEX ix_blocks_article ON blocks(article_id, ordinal);
            CREATE INDEX ix_blocks_source ON blocks(source_id);
            """),
        new(2, "sentences, claims, entities, mentions", """
            -- Offsets of sentences, claims and mentions are into their block's text.
            CREATE TABLE sentences (
                id           INTEGER PRIMARY KEY,
                article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                block_id     INTEGER NOT NULL REFERENCES blocks(id) ON DELETE CASCADE,
                ordinal      INTEGER NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset   INTEGER NOT NULL,
                text         TEXT NOT NULL,
                score        REAL NOT NULL,
                is_claim     INTEGER NOT NULL
            );
            CREATE INDEX ix_sentences_article ON sentences(article_id, ordinal);
            CREATE INDEX ix_sentences_block ON sentences(block_id);

            CREATE TABLE entities (
                id      INTEGER PRIMARY KEY,
                key     TEXT NOT NULL UNIQUE,
                name    TEXT NOT NULL,
                kind    TEXT NOT NULL,
                aliases TEXT NOT NULL DEFAULT '[]',
                mention_count INTEGER NOT NULL DEFAULT 0
            );

            CREATE TABLE claims (
                id                INTEGER PRIMARY KEY,
                article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                block_id          INTEGER NOT NULL REFERENCES blocks(id) ON DELETE CASCADE,
                sentence_id       INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
                start_offset      INTEGER NOT NULL,
                end_offset        INTEGER NOT NULL,
                text              TEXT NOT NULL,
                type              TEXT NOT NULL,
                score             REAL NOT NULL,
                speaker           TEXT,
                speaker_source    TEXT NOT NULL,
                speaker_start     INTEGER,
                speaker_end       INTEGER,
                speaker_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
                hedge             TEXT NOT NULL,
                quantities        TEXT NOT NULL DEFAULT '[]',
                time_refs         TEXT NOT NULL DEFAULT '[]',
                cues              TEXT NOT NULL DEFAULT '[]',
                -- W3C TextQuoteSelector, so user annotations on a claim can be re-anchored after re-ingest.
                quote_exact       TEXT NOT NULL,
                quote_prefix      TEXT NOT NULL,
                quote_suffix      TEXT NOT NULL
            );
            CREATE INDEX ix_claims_article ON claims(article_id);
            CREATE INDEX ix_claims_type ON claims(type);
            CREATE INDEX ix_claims_speaker ON claims(speaker_entity_id);

            -- Mentions are stored as extracted (raw_key) and resolved to entities corpus-wide after each
            -- ingest, because whether "Cohen" or "the Russian president" names one person depends on the corpus.
            CREATE TABLE mentions (
                id           INTEGER PRIMARY KEY,
                entity_id    INTEGER REFERENCES entities(id) ON DELETE SET NULL,
                article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                block_id     INTEGER NOT NULL REFERENCES blocks(id) ON DELETE CASCADE,
                start_offset INTEGER NOT NULL,
                end_offset   INTEGER NOT NULL,
                text         TEXT NOT NULL,
                kind         TEXT NOT NULL,
                raw_key      TEXT NOT NULL,
                title        TEXT,
                rule         TEXT NOT NULL
            );
            CREATE INDEX ix_mentions_entity ON mentions(entity_id);
            CREATE INDEX ix_mentions_block ON mentions(block_id, start_offset);
            """),
        new(3, "reading desk: tags, annotations (claim judgements and highlights), history", """
            CREATE TABLE tags (
                id         INTEGER PRIMARY KEY,
                name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
                colour     TEXT NOT NULL DEFAULT '#6b645a',
                created_at TEXT NOT NULL
            );

            -- A reader's work on an article: the judgement of a claim (kind 'claim') or a highlight of any text.
            -- Anchored by W3C selectors into the article text (its blocks joined by blank lines), so it survives
            -- re-ingesting a changed article; claim_id is the claim it currently sits on, re-found after each re-ingest.
            -- article_id is kept when an article vanishes from its file (SET NULL) so the work is never lost.
            CREATE TABLE annotations (
                id              INTEGER PRIMARY KEY,
                article_id      INTEGER REFERENCES articles(id) ON DELETE SET NULL,
                article_title   TEXT NOT NULL,
                kind            TEXT NOT NULL CHECK (kind IN ('claim', 'highlight')),
                claim_id        INTEGER REFERENCES claims(id) ON DELETE SET NULL,
                exact           TEXT NOT NULL,
                prefix          TEXT NOT NULL,
                suffix          TEXT NOT NULL,
                start_offset    INTEGER,
                end_offset      INTEGER,
                anchor_state    TEXT NOT NULL DEFAULT 'anchored' CHECK (anchor_state IN ('anchored', 'moved', 'changed', 'orphaned')),
                anchor_score    REAL NOT NULL DEFAULT 1,
                current_text    TEXT,
                status          TEXT NOT NULL DEFAULT 'unreviewed'
                                CHECK (status IN ('unreviewed', 'supported', 'disputed', 'false', 'misleading', 'unverifiable', 'opinion')),
                evidence_url    TEXT,
                note            TEXT NOT NULL DEFAULT '',
                type_override   TEXT,
                claim_override  INTEGER CHECK (claim_override IN (0, 1)),
                created_at      TEXT NOT NULL,
                updated_at      TEXT NOT NULL
            );
            CREATE INDEX ix_annotations_article ON annotations(article_id);
            CREATE UNIQUE INDEX ux_annotations_claim ON annotations(claim_id) WHERE kind = 'claim' AND claim_id IS NOT NULL;

            CREATE TABLE annotation_tags (
                annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
                tag_id        INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
                PRIMARY KEY (annotation_id, tag_id)
            );
            CREATE INDEX ix_annotation_tags_tag ON annotation_tags(tag_id);

            -- Every change to a tag, status, note, type or highlight: what, old -> new, when, and who (once accounts exist).
            CREATE TABLE annotation_history (
                id            INTEGER PRIMARY KEY,
                annotation_id INTEGER REFERENCES annotations(id) ON DELETE SET NULL,
                field         TEXT NOT NULL,
                old_value     TEXT,
                new_value     TEXT,
                detail        TEXT,
                at            TEXT NOT NULL,
                actor         TEXT
            );
            CREATE INDEX ix_history_annotation ON annotation_history(annotation_id, id);
            """),
        new(4, "search index, saved searches", """
            -- One row per searchable passage: an article's head (title, dek, kicker), a block of its text, a claim;
            -- the reading desk adds notes and highlights as more rows. The rowid says where a row belongs:
            --   rowid = article_id << 32 | kind << 28 | local   (kind 0 text, 1 claim, 2 note, 3 highlight;
            --   local = block ordinal for text (268435455 for the head), claim index for claims, a sequence for notes)
            -- so counting and grouping matches by article and kind reads FTS5 doclists only, and one article's rows
            -- are one rowid range. search_docs_map names the rows for links.
            CREATE TABLE search_docs_map (
                id            INTEGER PRIMARY KEY,
                kind          TEXT NOT NULL CHECK (kind IN ('text', 'claim', 'note', 'highlight')),
                article_id    INTEGER NOT NULL,
                block_id      INTEGER,
                claim_id      INTEGER,
                annotation_id INTEGER
            );
            CREATE INDEX ix_search_docs_map_article ON search_docs_map(article_id);
            CREATE INDEX ix_search_docs_map_block ON search_docs_map(block_id) WHERE block_id IS NOT NULL;
            CREATE INDEX ix_search_docs_map_claim ON search_docs_map(claim_id) WHERE claim_id IS NOT NULL;
            CREATE INDEX ix_search_docs_map_annotation ON search_docs_map(annotation_id) WHERE annotation_id IS NOT NULL;

            -- Ranking and snippets: stemmed words. title holds an article's title; body everything else.
            CREATE VIRTUAL TABLE search_docs USING fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2');

            -- The corpus's words, unstemmed and folded: prefixes expand over the sorted list, and the trigram
            -- table finds close spellings for "did you mean". Words are only added (a stale word is checked
            -- against search_docs before it is offered).
            CREATE TABLE search_vocab (
                id   INTEGER PRIMARY KEY,
                term TEXT NOT NULL UNIQUE
            );
            CREATE VIRTUAL TABLE search_terms USING fts5(term, content = 'search_vocab', content_rowid = 'id', tokenize = 'trigram');
            CREATE TRIGGER search_vocab_added AFTER INSERT ON search_vocab BEGIN
                INSERT INTO search_terms (rowid, term) VALUES (new.id, new.term);
            END;

            -- However an article goes (deleted, or gone from its re-ingested file, or its source deleted),
            -- its rows leave the index in the same transaction.
            CREATE TRIGGER search_article_deleted AFTER DELETE ON articles BEGIN
                DELETE FROM search_docs WHERE rowid BETWEEN old.id * 4294967296 AND old.id * 4294967296 + 4294967295;
                DELETE FROM search_docs_map WHERE id BETWEEN old.id * 4294967296 AND old.id * 4294967296 + 4294967295;
            END;

            CREATE TABLE saved_searches (
                id         INTEGER PRIMARY KEY,
                name       TEXT NOT NULL,
                query      TEXT NOT NULL,
                created_at TEXT NOT NULL
            );
            """),
        new(5, "cross-references: typed links between claims, dismissed related-claim suggestions", """
            -- Both are keyed by the claims' annotations (kind 'claim'), not by claim ids: claims are recomputed with
            -- new ids on every re-ingest, while their annotations re-attach to the claim at their anchor.
            CREATE TABLE claim_links (
                id                 INTEGER PRIMARY KEY,
                from_annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
                to_annotation_id   INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
                kind               TEXT NOT NULL CHECK (kind IN ('supports', 'contradicts', 'restates', 'updates', 'cites')),
                note               TEXT NOT NULL DEFAULT '',
                origin             TEXT NOT NULL DEFAULT 'reader' CHECK (origin IN ('reader', 'suggestion')),
                created_at         TEXT NOT NULL,
                updated_at         TEXT NOT NULL,
                CHECK (from_annotation_id != to_annotation_id),
                UNIQUE (from_annotation_id, to_annotation_id, kind)
            );
            CREATE INDEX ix_claim_links_to ON claim_links(to_annotation_id);

            -- A suggestion the reader judged unrelated, hidden from both claims: the pair is stored once, lower id first.
            CREATE TABLE claim_dismissals (
                annotation_id       INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
                other_annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
                created_at          TEXT NOT NULL,
                PRIMARY KEY (annotation_id, other_annotation_id),
                CHECK (annotation_id < other_annotation_id)
            );
            CREATE INDEX ix_claim_dismissals_other ON claim_dismissals(other_annotation_id);
            """),
        new(6, "cross-references: explicit references between pieces, cited authors, prediction outcomes", """
            -- Authors named only by other pieces (a related link, an excerpt, "in an article titled …") get rows too;
            -- added_by says which rows resolution created, so it can remove them when no reference names them any more.
            ALTER TABLE authors ADD COLUMN added_by TEXT NOT NULL DEFAULT 'article' CHECK (added_by IN ('article', 'reference'));

            -- An article's explicit references to other writers' pieces ("references" is an SQL keyword: always quote it).
            -- Recomputed for an article in its ingest transaction; cited_author_id and cited_article_id are re-resolved
            -- corpus-wide after each ingest batch, because a later article can be the piece an earlier one cites.
            -- Offsets are into the block's text; text is the words that make the reference.
            CREATE TABLE "references" (
                id               INTEGER PRIMARY KEY,
                article_id       INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                block_id         INTEGER NOT NULL REFERENCES blocks(id) ON DELETE CASCADE,
                kind             TEXT NOT NULL CHECK (kind IN ('related-link', 'in-text', 'excerpt')),
                rule             TEXT NOT NULL,
                start_offset     INTEGER NOT NULL,
                end_offset       INTEGER NOT NULL,
                text             TEXT NOT NULL,
                cited_author     TEXT,
                cited_author_id  INTEGER REFERENCES authors(id) ON DELETE SET NULL,
                cited_title      TEXT,
                cited_outlet     TEXT,
                cited_article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
                match_score      REAL NOT NULL DEFAULT 0,
                resolved         INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1))
            );
            CREATE INDEX ix_references_article ON "references"(article_id);
            CREATE INDEX ix_references_cited_author ON "references"(cited_author_id);
            CREATE INDEX ix_references_cited_article ON "references"(cited_article_id);

            -- A reader's tracking of a prediction, keyed by the claim's annotation so it follows the claim through
            -- re-ingest. due_date NULL means the date parsed from the claim's time references.
            CREATE TABLE prediction_outcomes (
                annotation_id INTEGER PRIMARY KEY REFERENCES annotations(id) ON DELETE CASCADE,
                due_date      TEXT,
                outcome       TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'came-true', 'did-not', 'unclear')),
                evidence_url  TEXT,
                note          TEXT NOT NULL DEFAULT '',
                updated_at    TEXT NOT NULL
            );
            """),
        new(7, "accounts: users, settings, annotation owners and visibility", """
            -- Local accounts. name is what people type to log in; password_hash is ASP.NET Core's PasswordHasher
            -- format (algorithm, iterations and salt inside). security_stamp changes whenever the password, role or
            -- existence of the account changes, which signs out every cookie issued before.
            CREATE TABLE users (
                id              INTEGER PRIMARY KEY,
                name            TEXT NOT NULL UNIQUE COLLATE NOCASE,
                password_hash   TEXT NOT NULL,
                role            TEXT NOT NULL CHECK (role IN ('reader', 'editor', 'admin')),
                security_stamp  TEXT NOT NULL,
                failed_logins   INTEGER NOT NULL DEFAULT 0,
                locked_until    TEXT,
                created_at      TEXT NOT NULL,
                last_login_at   TEXT
            );

            -- Settings an admin changes in the app (not appsettings.json, which needs a restart).
            CREATE TABLE app_settings (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            );

            -- Who made an annotation, and who may see it. Rows from before accounts have no owner and stay shared.
            ALTER TABLE annotations ADD COLUMN owner_id INTEGER REFERENCES users(id) ON DELETE SET NULL;
            ALTER TABLE annotations ADD COLUMN visibility TEXT NOT NULL DEFAULT 'shared' CHECK (visibility IN ('private', 'shared'));
            CREATE INDEX ix_annotations_owner ON annotations(owner_id) WHERE owner_id IS NOT NULL;
            """),
    ];
}
