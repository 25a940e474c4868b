-- Valuation: each programme's economic settings, assumptions (plain or derived by a formula), the calculation
-- model of each priced benefit, and the costs.
CREATE TABLE valuation_settings (
    programme_id          uuid PRIMARY KEY REFERENCES programme (id) ON DELETE CASCADE,
    base_year             int           NOT NULL,
    first_year            int           NOT NULL,
    last_year             int           NOT NULL CHECK (last_year >= first_year),
    discount_rate_1       numeric(6, 4) NOT NULL,
    discount_rate_2       numeric(6, 4) NOT NULL,
    discount_rate_3       numeric(6, 4) NOT NULL,
    tax_financing_rate    numeric(6, 4) NOT NULL,
    real_price_growth     numeric(6, 4) NOT NULL,
    real_price_adjustment boolean       NOT NULL DEFAULT false,
    co_financing_cut      numeric(6, 4) NOT NULL,
    version               bigint        NOT NULL DEFAULT 0
);

CREATE TABLE assumption (
    id           uuid PRIMARY KEY,
    programme_id uuid    NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    name         text    NOT NULL,
    low          numeric(20, 6),
    likely       numeric(20, 6),
    high         numeric(20, 6),
    formula      text,
    unit         text    NOT NULL DEFAULT '',
    source       text    NOT NULL DEFAULT '',
    as_of        date,
    owner        text    NOT NULL DEFAULT '',
    demo_value   boolean NOT NULL DEFAULT false,
    version      bigint  NOT NULL DEFAULT 0,
    UNIQUE (programme_id, name),
    CHECK ((formula IS NULL) = (likely IS NOT NULL))
);

CREATE TABLE benefit_valuation (
    benefit_id       uuid PRIMARY KEY REFERENCES benefit (id) ON DELETE CASCADE,
    actor            text      NOT NULL,
    model_kind       text      NOT NULL,
    parameters       jsonb     NOT NULL,
    phase_in_first   int       NOT NULL,
    phase_in_shares  numeric[] NOT NULL,
    version          bigint    NOT NULL DEFAULT 0
);

CREATE TABLE valuation_cost (
    id           uuid PRIMARY KEY,
    programme_id uuid           NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    kind         text           NOT NULL CHECK (kind IN ('INVESTMENT', 'RUNNING', 'CO_FINANCING')),
    actor        text           NOT NULL,
    year         int            NOT NULL,
    amount       numeric(18, 2) NOT NULL CHECK (amount >= 0),
    description  text           NOT NULL DEFAULT ''
);
CREATE INDEX valuation_cost_programme ON valuation_cost (programme_id, year);
