/** The steps after Welcome, loaded together as one chunk (renderer/lazy-steps.tsx). */
export { ChecksStep } from './steps/ChecksStep'
export { FinishStep } from './steps/FinishStep'
export { FixesStep } from './steps/FixesStep'
export { ReportStep } from './steps/ReportStep'
export { RestartStep } from './steps/RestartStep'
export { SymptomStep } from './steps/SymptomStep'
