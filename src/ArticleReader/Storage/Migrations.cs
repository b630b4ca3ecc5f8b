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
    ];
}
