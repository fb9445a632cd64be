// The parts of @lhncbc/ucum-lhc (plain CommonJS, no types of its own) that ./ucum.ts uses.
declare module '@lhncbc/ucum-lhc' {
  interface UnitValidation {
    status: 'valid' | 'invalid' | 'error';
    ucumCode: string | null;
    unit?: { code?: string | number };
    msg: string[];
  }
  interface UnitConversion {
    status: 'succeeded' | 'failed' | 'error';
    toVal: number | null;
    msg: string[];
  }
  interface UcumLhcUtils {
    validateUnitString(unit: string, suggest?: boolean): UnitValidation;
    convertUnitTo(fromUnit: string, value: number, toUnit: string): UnitConversion;
  }
  const ucum: { UcumLhcUtils: { getInstance(): UcumLhcUtils } };
  export default ucum;
}
