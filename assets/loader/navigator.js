// `<pathway-navigator>`: mounts when added to the page, follows its attributes, and is
// destroyed (its state freed) when removed. Moving it restarts it.
import { OPTIONS, TAG, attributeOptions } from './options.js';

/**
 * Defines the element (once per page), mounting with `mountFromAttributes(element,
 * wanted)`, which mounts only while `wanted()`: a host script that removes the element and
 * puts it back at once gets one working widget, not two starts racing.
 */
export function defineNavigator(mountFromAttributes) {
  class PathwayNavigator extends HTMLElement {
    static observedAttributes = [...OPTIONS.map(([, name]) => name), 'data-src'];

    #handle = null;
    #starting = null;

    connectedCallback() {
      const token = {};
      this.#starting = token;
      const starting = mountFromAttributes(this, () => this.#starting === token);
      starting.then((handle) => {
        if (this.#starting === token) this.#handle = handle;
        else handle?.destroy();
      });
    }

    disconnectedCallback() {
      this.#starting = null;
      this.#handle?.destroy();
      this.#handle = null;
    }

    attributeChangedCallback(name, old, value) {
      if (!this.#handle || old === value) return;
      if (name === 'data-src') {
        this.disconnectedCallback();
        this.connectedCallback();
      } else {
        this.#handle.update(attributeOptions(this));
      }
    }
  }
  customElements.get(TAG) ?? customElements.define(TAG, PathwayNavigator);
}
