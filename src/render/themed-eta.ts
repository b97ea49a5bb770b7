import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Eta } from 'eta';
import { isInside } from '../model/paths.js';

/** The built-in templates and stylesheet (repository root `templates/`, beside `dist/` and `src/`). */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

/**
 * Eta with autoEscape, reading templates from the project's `theme/` folder
 * when it has a file of the same name, else from the built-in ones. Includes
 * inside a theme template resolve as if it were the built-in one, so a theme
 * can override a single partial.
 */
export function createEta(themeDir: string | undefined): Eta {
  const eta = new Eta({ views: TEMPLATES_DIR, autoEscape: true, cache: true, autoTrim: false });
  const builtIn = eta.resolvePath.bind(eta);
  // Eta asks for every include on every render: remember the answers (themes do not change mid-build).
  const resolved = new Map<string, string>();
  eta.resolvePath = function (template, options) {
    const key = `${options?.filepath ?? ''}\0${template}`;
    let found = resolved.get(key);
    if (found === undefined) {
      found = resolve(template, options);
      resolved.set(key, found);
    }
    return found;
  };
  const resolve = (template: string, options: Parameters<typeof builtIn>[1]): string => {
    const filepath = options?.filepath;
    const fromTheme = themeDir !== undefined && filepath !== undefined && isInside(themeDir, filepath);
    const builtInPath = builtIn(template, fromTheme ? { ...options, filepath: path.join(TEMPLATES_DIR, path.relative(themeDir!, filepath!)) } : options);
    if (themeDir === undefined) return builtInPath;
    const themed = path.join(themeDir, path.relative(TEMPLATES_DIR, builtInPath));
    return isInside(themeDir, themed) && existsSync(themed) ? themed : builtInPath;
  };
  // Each render's output is made flat at once: eta appends piece by piece, so a card is a tree of some
  // forty strings, and a listing of 100,000 cards (the archive) held 4M of them, four times the page's
  // own size, until the page was written. Flat, it is the text alone (and the page is joined faster).
  const render = eta.render.bind(eta);
  eta.render = ((template, data, meta) => {
    const out = render(template, data, meta);
    // charCodeAt flattens a string made by concatenation (V8); `s | 0` and indexOf no longer do.
    out.charCodeAt(out.length - 1);
    return out;
  }) as Eta['render'];
  return eta;
}

/** eta's render, with errors that name the template (and the theme's file, when it is one) in one line. */
export function renderTemplate(eta: Eta, themeDir: string | undefined, name: string, data: object, url: string): string {
  try {
    return eta.render(name, data);
  } catch (error) {
    const themed = themeDir !== undefined && existsSync(path.join(themeDir, `${name}.eta`));
    // eta's syntax errors go on with the whole compiled function after a "====" line.
    const reason = ((error as Error)?.message ?? String(error))
      .split(/\n=+\n/)[0]!
      .trim()
      .replace(/\s*\n\s*/g, ': ');
    throw new Error(`The template ${themed ? `theme/${name}.eta` : `${name}.eta`} (or a partial it includes) failed on the page ${url}: ${reason}`, {
      cause: error,
    });
  }
}

/** The text of a theme file of the project (`style.css`), or of the built-in one when the theme has none. */
export function themedText(themeDir: string | undefined, name: string): string {
  if (themeDir) {
    try {
      return readFileSync(path.join(themeDir, name), 'utf8');
    } catch {
      // no override
    }
  }
  return readFileSync(path.join(TEMPLATES_DIR, name), 'utf8');
}
