// Every sidecar format: native JSON, W3C Web Annotation, brat standoff.
export { NATIVE_FORMAT, NATIVE_VERSION, toNativeSidecar, serializeNative } from './native';
export type { NativeSidecar, NativeAnnotation, NativeEntityAnnotation, NativeQuoteAnnotation, NativeSpeaker } from './native';
export { parseNative } from './nativeRead';
export type { ReadResult } from './nativeRead';
export { toW3C, serializeW3C } from './w3c';
export { toBrat } from './brat';
export { parseBrat } from './bratRead';
export { bratAnnotationConf, bratVisualConf } from './bratConf';
export { bratLabel } from './bratNames';
