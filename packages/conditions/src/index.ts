export { factsOf, type Condition, type FactValue } from './condition.js';
export { parseCondition, type ConditionProblem, type ParseResult } from './parse-condition.js';
export { checkFact, checkValue, type FactDeclaration } from './fact-declaration.js';
export { evaluate, type Facts, type Truth } from './evaluate.js';
export { toJsonLogic, type JsonLogic } from './to-json-logic.js';
