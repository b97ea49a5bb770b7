// html-validate for the pages herald builds: test/e2e/html-validate.test.ts runs it
// on every page kind of the example (and of a project with a paginated segment).
// The recommended rules, with these exceptions, each for a reason:
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // A message page's <title> is the writer's headline plus the site's name
    // ("Nieuwe handscanners in het magazijn vanaf 19 oktober — Koelkade Nieuws").
    // The 70-character limit is about how search engines cut titles in their
    // results; an intranet news site is not found that way, and cutting or
    // dropping the site name would make browser tabs and bookmarks worse.
    'long-title': 'off',
  },
};
