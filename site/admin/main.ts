// The web editor at /admin: Sveltia CMS, bundled from npm into the site (never from a CDN), with the
// collections that site/integrations/web-editor.ts generated from the schemas into config.yml, and
// a file format that writes back only what the editor changed (@styrdok/pages/web-editor-format).

import { WEB_EDITOR_FORMAT, webEditorFormat } from "@styrdok/pages/web-editor-format";
import CMS from "@sveltia/cms";

// The editors are Swedish: Swedish is the interface's language unless someone chose another one
// in the editor's settings (which Sveltia keeps under this key).
const preferences = "sveltia-cms.prefs";
try {
  if (!localStorage.getItem(preferences)) localStorage.setItem(preferences, JSON.stringify({ locale: "sv" }));
} catch {
  // Storage refused (a private window): the browser's language decides.
}

CMS.registerCustomFormat(WEB_EDITOR_FORMAT, "md", webEditorFormat);
CMS.init();
