// Reads the public REST API with a read-only key. The key travels in the Authorization header
// only: it is taken from the address fragment (which browsers never send) or typed in once, kept
// for this tab in sessionStorage, and removed from the address bar at once.

const BASE = "/api/v1";
const STORED_KEY = "cohesion.workshop.key";

/** An answer of the API that is not a success. */
export class ApiError extends Error {
  constructor(status, detail) {
    super(`${status}${detail ? ": " + detail : ""}`);
    this.status = status;
  }
}

/** The key from `#key=…` (then taken out of the address) or from earlier in this tab. */
export function takeKey() {
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  const fromFragment = fragment.get("key");
  if (fromFragment) {
    sessionStorage.setItem(STORED_KEY, fromFragment);
    fragment.delete("key");
    const rest = fragment.toString();
    history.replaceState(null, "", window.location.pathname + (rest ? "#" + rest : ""));
  }
  return sessionStorage.getItem(STORED_KEY);
}

/** Keeps a key typed into the page. */
export function keepKey(key) {
  sessionStorage.setItem(STORED_KEY, key);
}

/** Forgets the key, for example after the server refused it. */
export function forgetKey() {
  sessionStorage.removeItem(STORED_KEY);
}

/** A client of the API for one key. */
export class Api {
  constructor(key) {
    this.key = key;
  }

  /** GETs `path` (under /api/v1) with query `params`; repeated names as arrays. */
  async get(path, params = {}) {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) {
      for (const one of [].concat(value)) {
        query.append(name, String(one));
      }
    }
    const search = query.toString();
    const url = BASE + path + (search ? "?" + search : "");
    const answer = await fetch(url, {
      headers: { Authorization: "Bearer " + this.key, Accept: "application/json" },
      cache: "no-store",
      credentials: "omit",
    });
    if (!answer.ok) {
      let detail = "";
      try {
        detail = (await answer.json()).detail ?? "";
      } catch (ignored) {
        // not a problem document
      }
      throw new ApiError(answer.status, detail);
    }
    return answer.json();
  }

  /** Every item of a paged listing, with query `params` besides the paging. */
  async all(path, params = {}) {
    const items = [];
    for (let page = 1; ; page++) {
      const answer = await this.get(path, { ...params, page, pageSize: 100 });
      items.push(...answer.items);
      if (page >= answer.totalPages) {
        return items;
      }
    }
  }
}
