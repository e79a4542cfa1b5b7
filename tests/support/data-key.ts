/** The DATA_KEY of test servers on PostgreSQL, where no key is generated (docs/decisions/027). */
export const testDataKey = "test:Fjz8ooUZac78ISaesiFVOvG_nj-zXv9M4Mw4ZzgIjkA";
