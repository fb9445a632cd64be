/** The members of a node union `N` whose `type` is `T`. */
export type NodeOfTypeIn<N extends { readonly type: string }, T extends N['type']> = Extract<N, { type: T }>;

/** The node type an id names by its prefix: `regimen:karpak` names a regimen node. */
export type NodeOfIdIn<N extends { readonly type: string }, I extends string> = I extends `${infer T extends N['type']}:${string}` ? NodeOfTypeIn<N, T> : never;
