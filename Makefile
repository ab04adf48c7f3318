# Pathway: the two commands are `make demo` and `make test`. Each installs what is missing.
PORT ?= 8080
export PORT

.PHONY: demo test build size bench profile check setup

demo: build ## build dist/ and serve the demo on http://127.0.0.1:$(PORT)/index.html
	node scripts/serve.mjs

test: ## install what is missing, then run every test tier
	scripts/setup.sh test
	scripts/test.sh

build: ## build dist/ (loader, wasm, CSS)
	scripts/setup.sh build
	scripts/build.sh

size: ## gzip size of each file in dist/ and the total
	scripts/size.sh

bench: ## measure every budget; writes docs/BENCHMARKS.md
	scripts/setup.sh test
	scripts/build.sh
	node bench/run.mjs

profile: ## where the first render's CPU time goes, by function (see docs/BENCHMARKS.md)
	scripts/setup.sh test
	scripts/build.sh
	node bench/profile.mjs

check: ## validate pathway-data/
	cargo run -q --bin pathway-check -- pathway-data
