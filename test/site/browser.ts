// A real Chromium (Debian's package) driven by playwright-core, for the site tests.
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

// Without the networking flags Chromium keeps trying to reach Google's services on a closed network.
const args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage"];

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((candidate) => existsSync(candidate));
  if (!path) throw new Error("Chromium saknas: installera Debians paket (apt-get install -y chromium) eller ange CHROMIUM_PATH.");
  return path;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args });
}
