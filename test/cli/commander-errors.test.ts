import { describe, expect, it } from 'vitest';
import { herald, makeProject, message, PLAN } from '../helpers/project.js';

/** PLAN says `language: nl`. */
const dutch = () => makeProject({ 'content/2026/a.md': message() });
const english = () => makeProject({ 'content/2026/a.md': message() }, PLAN.replace('language: nl', 'language: en'));

/** The built CLI's answer to a command line commander refuses: exit code and stderr. */
function refused(args: string[], root: string, env: Record<string, string> = {}) {
  const { code, stdout, stderr } = herald([...args, '--root', root], { env });
  return { code, stdout, stderr };
}

describe("commander's errors in the writer's language, with a hint, exit 2", () => {
  it('an unknown option: what commander suggests, and the command’s --help', () => {
    const nl = refused(['check', '--max-warning', '3'], dutch());
    expect(nl).toEqual({
      code: 2,
      stdout: '',
      stderr: 'herald: herald check heeft geen optie --max-warning.\n  Bedoel je --max-warnings? Alle opties staan in "herald check --help".\n',
    });
    const en = refused(['check', '--max-warning', '3'], english());
    expect(en.stderr).toBe('herald: herald check has no option --max-warning.\n  Did you mean --max-warnings? "herald check --help" lists the options.\n');
    // Without a close match, only the --help hint.
    expect(refused(['check', '--bogus'], dutch()).stderr).toBe(
      'herald: herald check heeft geen optie --bogus.\n  Alle opties staan in "herald check --help".\n',
    );
  });

  it('an unknown command', () => {
    expect(refused(['chek'], dutch())).toMatchObject({
      code: 2,
      stderr: 'herald: herald heeft geen opdracht "chek".\n  Bedoel je "herald check"? Alle opdrachten staan in "herald --help".\n',
    });
    expect(refused(['chek'], english()).stderr).toBe(
      'herald: herald has no command "chek".\n  Did you mean "herald check"? "herald --help" lists the commands.\n',
    );
  });

  it('an option without its value, and a value that is not one of the choices', () => {
    expect(refused(['check', '--format'], dutch())).toMatchObject({
      code: 2,
      stderr: 'herald: Zet een waarde achter --format, zoals in "-f, --format <format>".\n  In "herald check --help" zie je wat je moet typen.\n',
    });
    expect(refused(['check', '--format'], english()).stderr).toBe(
      'herald: Put a value after --format, as in "-f, --format <format>".\n  "herald check --help" shows what to write.\n',
    );
    expect(refused(['check', '--format', 'xml'], dutch())).toMatchObject({
      code: 2,
      stderr: 'herald: Kies voor --format uit stylish, json, sarif, github, gitlab. "xml" kan niet.\n  In "herald check --help" staat wat elke keuze doet.\n',
    });
    expect(refused(['check', '--format', 'xml'], english()).stderr).toMatch(
      /^herald: Choose one of stylish, json, sarif, github, gitlab for --format; "xml" is not one of them\.\n/,
    );
  });

  it('an invalid value, with herald’s own reason in the same language', () => {
    expect(refused(['check', '--max-warnings', 'veel'], dutch())).toMatchObject({
      code: 2,
      stderr: 'herald: "veel" kan niet bij --max-warnings: geef een heel getal.\n  In "herald check --help" zie je wat je moet typen.\n',
    });
    // --lang decides over the plan; the reason follows it too.
    expect(refused(['dev', '--port', '99999', '--lang', 'en'], dutch()).stderr).toBe(
      'herald: --port cannot be "99999": expected a port number from 0 to 65535.\n  "herald dev --help" shows what to write.\n',
    );
  });

  it('a missing argument and too many arguments', () => {
    const root = dutch();
    expect(herald(['new'], { cwd: root })).toMatchObject({
      code: 2,
      stderr: 'herald: Geef herald new de title mee: die ontbreekt.\n  In "herald new --help" zie je wat je moet typen.\n',
    });
    expect(herald(['new', '--lang', 'en'], { cwd: root }).stderr).toBe(
      'herald: Give herald new the title: it is missing.\n  "herald new --help" shows what to write.\n',
    );
    expect(refused(['rules', 'hype', 'cta-vague'], root)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^herald: Geef herald rules 1 argument mee, niet 2\.\n/),
    });
    expect(refused(['rules', 'hype', 'cta-vague'], english()).stderr).toMatch(
      /^herald: herald rules takes 1 argument, not 2\.\n {2}Put text with spaces in quotes/,
    );
  });

  it('follows HERALD_LANG before the plan, and never shows commander’s English', () => {
    const { stderr } = refused(['check', '--bogus'], english(), { HERALD_LANG: 'nl' });
    expect(stderr).toMatch(/^herald: herald check heeft geen optie --bogus\./);
    for (const args of [['check', '--bogus'], ['chek'], ['check', '--format', 'xml'], ['rules', 'a', 'b']]) {
      expect(refused(args, dutch()).stderr).not.toMatch(/error:|Did you mean|Allowed choices|for usage/);
    }
  });

  it('--help in Dutch has no English left in its frame, usage line included', () => {
    const nl = herald(['check', '--help', '--lang', 'nl']);
    expect(nl.code).toBe(0);
    expect(nl.stdout).toMatch(/^Gebruik: herald check \[opties\] \[paths\.\.\.\]\n/);
    expect(nl.stdout).not.toMatch(/\[options\]|Usage:|Options:|display help/);
    expect(herald(['--help'], { env: { HERALD_LANG: 'nl' } }).stdout).toMatch(
      /^Gebruik: herald \[opties\] \[opdracht\]\n[\s\S]*\n {2}check \[opties\] \[paths\.\.\.\]/,
    );
    expect(herald(['check', '--help', '--lang', 'en']).stdout).toMatch(/^Usage: herald check \[options\] \[paths\.\.\.\]\n/);
  });
});
