/**
 * Spanish: words readers type for the same idea (US Spanish, plain and everyday words, plus the
 * brand and street names people search by). A query word in a group also searches the others.
 * Single words, written with their accents (lookups ignore accents, so "adiccion" finds this
 * table's "adicción"). Words that would widen a search to almost every page ("tratamiento",
 * "programa") stay out. Checked against the words the Spanish articles and content/es/glossary.json
 * use; keep groups small and specific, and have an editor review changes. Groups are matched by
 * stem, so one form of a word is enough ("trabajar" also serves "trabajando"); leave out a word whose
 * stem is another word's ("medicación" and "médico" share "medic").
 */
export const synonymGroups: readonly string[][] = [
  ['costo', 'costos', 'cuesta', 'cuestan', 'precio', 'precios', 'pagar', 'pago', 'dinero', 'tarifa', 'tarifas', 'caro', 'gastos'],
  ['seguro', 'seguros', 'aseguranza', 'aseguradora', 'cobertura', 'cubre', 'cubrir', 'cubierto', 'póliza', 'plan'],
  ['medicaid', 'medicare'],
  ['virtual', 'línea', 'internet', 'telesalud', 'telemedicina', 'video', 'videollamada', 'remoto', 'distancia'],
  ['trabajo', 'trabajar', 'empleo', 'empleador', 'empleadores', 'jefe', 'patrón', 'chamba'],
  ['desintoxicación', 'desintoxicarse', 'desintoxicar', 'detox', 'abstinencia'],
  ['iop', 'intensivo', 'intensiva'],
  ['php', 'parcial'],
  ['internación', 'internado', 'internarse', 'residencial', 'rehabilitación', 'rehab'],
  ['ambulatorio', 'ambulatoria', 'externo', 'externa'],
  ['medicamento', 'medicamentos', 'medicina', 'medicinas', 'metadona', 'buprenorfina', 'naltrexona'],
  ['buprenorfina', 'suboxone'],
  ['naltrexona', 'vivitrol'],
  ['disulfiram', 'antabuse'],
  ['naloxona', 'narcan'],
  ['familia', 'familiar', 'familiares', 'padre', 'madre', 'padres', 'hijo', 'hija', 'esposo', 'esposa', 'pareja', 'hermano', 'hermana', 'querido', 'querida'],
  ['recaída', 'recaídas', 'recaer', 'desliz'],
  ['duración', 'dura', 'durar', 'semanas'],
  ['horas', 'horario', 'horarios'],
  ['funciona', 'eficaz', 'efectivo', 'resultados', 'éxito', 'evidencia'],
  ['encontrar', 'buscar', 'elegir', 'escoger', 'cerca', 'localizar'],
  ['alcohol', 'alcoholismo', 'beber', 'bebida', 'bebidas'],
  ['droga', 'drogas', 'sustancia', 'sustancias'],
  ['adicción', 'adicciones', 'dependencia', 'vicio'],
  ['opioide', 'opioides', 'opiáceos', 'heroína', 'fentanilo', 'oxicodona'],
  ['estimulante', 'estimulantes', 'metanfetamina', 'meth', 'cristal', 'cocaína', 'crack', 'anfetaminas'],
  ['cannabis', 'marihuana', 'mota', 'hierba', 'thc'],
  ['tribunal', 'corte', 'juez', 'jueza', 'juzgado', 'judicial', 'condicional'],
  ['dui', 'dwi', 'owi'],
  ['crisis', 'emergencia', 'suicidio', '988'],
  ['adolescente', 'adolescentes', 'joven', 'jóvenes', 'menor', 'menores', 'muchacho', 'muchacha'],
  ['escuela', 'colegio', 'clases', 'estudiante', 'estudios', 'secundaria'],
  ['concurrentes', 'concurrente', 'dual', 'comórbido'],
  ['trauma', 'traumático', 'tept'],
  ['mental', 'psiquiátrico', 'psiquiátrica'],
  ['evaluación', 'evaluar', 'valoración', 'diagnóstico'],
  ['teléfono', 'llamar', 'número'],
  ['ayudar', 'apoyar', 'apoyo'],
  ['privacidad', 'privado', 'confidencial', 'confidencialidad'],
];
