#!/usr/bin/env node
// Checks every source file of the labelled dose corpus against the format in
// README.md and prints item counts per source and per split.
// Usage: node corpora/doses/validate-corpus.mjs   (exit code 1 on any problem)
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const corpusDir = dirname(fileURLToPath(import.meta.url));
const splits = ["tune", "holdout"];
const units = new Set(["mg", "mg/m2", "mg/kg", "mg/mL.min", "Gy", "MU", "MU/kg"]);
const routes = new Set(["iv", "po", "sc", "im", "ip"]);
const roles = new Set(["therapy", "supportive", "premedication", "diluent"]);
const phases = new Set(["loading", "maintenance"]);
const durationUnits = new Set(["a", "mo", "wk", "d"]);
const limitKinds = new Set(["max-single", "cumulative-max"]);
const sourceKeys = ["id", "title", "publisher", "address", "consulted"];
const itemKeys = new Set(["id", "text", "written", "heading", "uncertain", "doses", "limits", "notDoses", "note"]);
const doseKeys = new Set([
  "drug", "amount", "unit", "route", "intervalDays", "days", "cycleLengthDays", "timesPerDay",
  "cycles", "maxDuration", "fractions", "totalGy", "role", "phase",
]);
const requiredDoseKeys = ["drug", "amount", "unit", "route", "intervalDays", "cycles", "role"];

const problems = [];
const report = (where, message) => problems.push(`${where}: ${message}`);

const isNumber = (value) => typeof value === "number" && Number.isFinite(value);
const isPositiveInteger = (value) => Number.isInteger(value) && value > 0;

/** A [low, high] pair of numbers (or null when nullable), low <= high. */
function checkRange(where, name, value, { nullableEnds = false } = {}) {
  if (!Array.isArray(value) || value.length !== 2) {
    report(where, `${name} must be [low, high]`);
    return;
  }
  const [low, high] = value;
  const endOk = (end) => isNumber(end) || (nullableEnds && end === null);
  if (!endOk(low) || !endOk(high)) report(where, `${name} ends must be numbers${nullableEnds ? " or null" : ""}`);
  else if (isNumber(low) && isNumber(high) && low > high) report(where, `${name} low ${low} is above high ${high}`);
}

/** A number or a [low, high] range of numbers. */
function checkCountOrRange(where, name, value) {
  if (Array.isArray(value)) checkRange(where, name, value);
  else if (!isPositiveInteger(value)) report(where, `${name} must be a positive integer or [low, high]`);
}

function checkDose(where, dose) {
  if (dose === null || typeof dose !== "object") {
    report(where, "a dose must be a mapping");
    return;
  }
  for (const key of Object.keys(dose)) if (!doseKeys.has(key)) report(where, `unknown dose field ${key}`);
  for (const key of requiredDoseKeys) if (!(key in dose)) report(where, `dose lacks ${key}`);
  const radiotherapy = dose.unit === "Gy";
  if (dose.drug !== null && !(typeof dose.drug === "string" && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(dose.drug))) {
    report(where, `drug ${JSON.stringify(dose.drug)} must be a lower-case INN (words joined by -) or null`);
  }
  if (radiotherapy !== (dose.drug === null)) report(where, "drug is null exactly when the unit is Gy");
  checkRange(where, "amount", dose.amount);
  if (!units.has(dose.unit)) report(where, `unit ${JSON.stringify(dose.unit)} is not one of ${[...units].join(", ")}`);
  if (dose.route !== null && !routes.has(dose.route)) report(where, `route ${JSON.stringify(dose.route)} is not allowed`);
  if (dose.intervalDays !== null) checkRange(where, "intervalDays", dose.intervalDays);
  if (dose.cycles !== null) checkRange(where, "cycles", dose.cycles, { nullableEnds: true });
  if (!roles.has(dose.role)) report(where, `role ${JSON.stringify(dose.role)} is not allowed`);
  if ("phase" in dose && !phases.has(dose.phase)) report(where, `phase ${JSON.stringify(dose.phase)} is not allowed`);
  if ("days" in dose) {
    const days = dose.days;
    if (!Array.isArray(days) || days.length === 0 || !days.every(isPositiveInteger)) report(where, "days must be a non-empty list of day numbers");
    else if (days.some((day, index) => index > 0 && day <= days[index - 1])) report(where, "days must be strictly increasing");
  }
  if ("cycleLengthDays" in dose && !isPositiveInteger(dose.cycleLengthDays)) report(where, "cycleLengthDays must be a positive integer");
  if ("timesPerDay" in dose) checkCountOrRange(where, "timesPerDay", dose.timesPerDay);
  if ("maxDuration" in dose) {
    const duration = dose.maxDuration;
    if (!duration || !isNumber(duration.value) || !durationUnits.has(duration.unit)) report(where, "maxDuration must be { value, unit: a|mo|wk|d }");
  }
  if ("fractions" in dose) {
    if (!radiotherapy) report(where, "fractions only for radiotherapy");
    checkCountOrRange(where, "fractions", dose.fractions);
  }
  if ("totalGy" in dose && (!radiotherapy || !isNumber(dose.totalGy))) report(where, "totalGy must be a number, and only for radiotherapy");
}

function checkLimit(where, limit) {
  if (!limit || !limitKinds.has(limit.kind)) report(where, `limit kind must be one of ${[...limitKinds].join(", ")}`);
  if (!limit || typeof limit.drug !== "string") report(where, "limit needs a drug");
  if (!limit || !isNumber(limit.amount)) report(where, "limit amount must be a number");
  if (!limit || !units.has(limit.unit)) report(where, `limit unit ${JSON.stringify(limit?.unit)} is not allowed`);
}

function checkItem(where, item) {
  for (const key of Object.keys(item)) if (!itemKeys.has(key)) report(where, `unknown item field ${key}`);
  if (typeof item.text !== "string" || item.text.trim() === "") report(where, "text must be a non-empty string");
  if (typeof item.written !== "boolean") report(where, "written must be true or false");
  if ("heading" in item && (typeof item.heading !== "string" || item.heading.trim() === "")) report(where, "heading must be a non-empty string");
  if ("uncertain" in item && typeof item.uncertain !== "boolean") report(where, "uncertain must be true or false");
  if ("uncertain" in item && typeof item.note !== "string") report(where, "an uncertain item needs a note");
  if (!Array.isArray(item.doses)) report(where, "doses must be a list ([] when the span holds no dose)");
  else item.doses.forEach((dose, index) => checkDose(`${where} dose ${index + 1}`, dose));
  if ("limits" in item) {
    if (!Array.isArray(item.limits)) report(where, "limits must be a list");
    else item.limits.forEach((limit, index) => checkLimit(`${where} limit ${index + 1}`, limit));
  }
  if ("notDoses" in item) {
    if (!Array.isArray(item.notDoses) || !item.notDoses.every((text) => typeof text === "string")) report(where, "notDoses must be a list of strings");
    else if (!item.written) {
      for (const text of item.notDoses) if (!item.text.includes(text)) report(where, `notDoses entry ${JSON.stringify(text)} is not in the text`);
    }
  }
}

const itemIds = new Map();
// One file per page: the same address twice (above all once in tune/ and once in holdout/) would let tuning see held-out text.
const addresses = new Map();
const counts = { tune: [], holdout: [] };

for (const split of splits) {
  const files = readdirSync(join(corpusDir, split)).filter((name) => name.endsWith(".yaml")).sort();
  for (const file of files) {
    const where = `${split}/${file}`;
    const corpusFile = parse(readFileSync(join(corpusDir, split, file), "utf8"));
    const source = corpusFile?.source;
    if (!source) {
      report(where, "missing source block");
      continue;
    }
    for (const key of sourceKeys) if (!(key in source)) report(where, `source lacks ${key}`);
    if (source.id !== file.replace(/\.yaml$/, "")) report(where, `source id ${source.id} differs from the file name`);
    if (typeof source.address !== "string" || !/^https?:\/\//.test(source.address)) report(where, "source address must be a URL");
    else if (addresses.has(source.address)) report(where, `same address as ${addresses.get(source.address)}: one file per page`);
    else addresses.set(source.address, where);
    if (!Array.isArray(corpusFile.items) || corpusFile.items.length === 0) {
      report(where, "items must be a non-empty list");
      continue;
    }
    let nonDoses = 0;
    let doses = 0;
    for (const item of corpusFile.items) {
      const itemWhere = `${where} ${item?.id ?? "(no id)"}`;
      if (typeof item?.id !== "string") report(itemWhere, "item needs an id");
      else if (itemIds.has(item.id)) report(itemWhere, `duplicate id, also in ${itemIds.get(item.id)}`);
      else itemIds.set(item.id, where);
      checkItem(itemWhere, item);
      if (Array.isArray(item?.doses) && item.doses.length === 0) nonDoses += 1;
      if (Array.isArray(item?.doses)) doses += item.doses.length;
    }
    const items = corpusFile.items.length;
    counts[split].push({ id: source.id, items, nonDoses, doseBearing: items - nonDoses, doses });
  }
}

const sum = (rows, field) => rows.reduce((total, row) => total + row[field], 0);
const percent = (part, whole) => `${((100 * part) / Math.max(whole, 1)).toFixed(1)} %`;
for (const split of splits) {
  console.log(`${split}:`);
  for (const row of counts[split]) {
    console.log(`  ${String(row.items).padStart(3)} items (${row.doseBearing} with dose, ${row.doses} doses)  ${row.id}`);
  }
  const rows = counts[split];
  console.log(`  ${sum(rows, "items")} items, ${sum(rows, "doseBearing")} with dose, ${sum(rows, "doses")} doses, ${rows.length} sources`);
}
const total = sum(counts.tune, "items") + sum(counts.holdout, "items");
const holdout = sum(counts.holdout, "items");
const doseBearing = sum(counts.tune, "doseBearing") + sum(counts.holdout, "doseBearing");
const holdoutDoseBearing = sum(counts.holdout, "doseBearing");
const sources = counts.tune.length + counts.holdout.length;
console.log(`total: ${total} items (holdout ${holdout}, ${percent(holdout, total)}); ` +
  `${doseBearing} with dose (holdout ${holdoutDoseBearing}, ${percent(holdoutDoseBearing, doseBearing)}); ${sources} sources`);

// Targets of issue 11, point 4: enough dose expressions, from several sources, a third held out.
const minimumDoseBearing = 330;
const minimumSources = 5;
if (holdout * 3 < total) report("split", "holdout must hold at least a third of all items");
if (holdoutDoseBearing * 3 < doseBearing) report("split", "holdout must hold at least a third of the items with a dose");
if (counts.holdout.length < 2) report("split", "holdout must hold at least two sources");
if (sources < minimumSources) report("corpus", `at least ${minimumSources} sources are needed, found ${sources}`);
if (doseBearing < minimumDoseBearing) {
  report("corpus", `at least ${minimumDoseBearing} items with a dose are needed, found ${doseBearing}`);
}

if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
