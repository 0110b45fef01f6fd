/**
 * Typed parameter reading for every node. A parameter without an expression is read and checked
 * once per run; one with an expression is read and checked for each item. Every failure is a
 * NodeOperationError that names the field as the panel shows it, the item, and the fix.
 */
import type { IDataObject, INode, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { checkParameterValue, type ParameterSpec, type ValueOf } from '../core/parameters';

export type { ParameterSpec } from '../core/parameters';

export type ParameterValues<S extends Record<string, ParameterSpec>> = {
	[K in keyof S]: ValueOf<S[K]>;
};

function hasExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (value === null || typeof value !== 'object') return false;
	return Object.values(value).some(hasExpression);
}

/** The raw value at a dotted parameter path ("options.maxPages") in the node's stored parameters. */
function storedValue(parameters: IDataObject, path: string): unknown {
	let value: unknown = parameters;
	for (const key of path.split('.')) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as IDataObject)[key];
	}
	return value;
}

/** What NodeParameters reads through: an execute context, or a poll one through pollParameters. */
export interface ParameterContext {
	getNode(): INode;
	getNodeParameter(name: string, itemIndex: number, fallbackValue?: unknown): unknown;
}

/** A poll has no input items, so its getNodeParameter takes no item index: item 0 stands for it. */
export function pollParameters(ctx: IPollFunctions): ParameterContext {
	return {
		getNode: () => ctx.getNode(),
		getNodeParameter: (name, _itemIndex, fallbackValue) =>
			ctx.getNodeParameter(name, fallbackValue),
	};
}

export class NodeParameters<S extends Record<string, ParameterSpec>> {
	private readonly perItem: Array<keyof S & string>;
	private readonly once: Partial<ParameterValues<S>>;
	private readonly fixed?: ParameterValues<S>;

	/** Reads and checks the parameters that hold no expression; throws on the first bad one. */
	constructor(
		private readonly ctx: ParameterContext,
		private readonly specs: S,
	) {
		const stored = ctx.getNode().parameters;
		const names = Object.keys(specs) as Array<keyof S & string>;
		this.perItem = names.filter((name) => hasExpression(storedValue(stored, name)));
		this.once = this.read(
			0,
			names.filter((name) => !this.perItem.includes(name)),
		);
		if (this.perItem.length === 0) this.fixed = this.once as ParameterValues<S>;
	}

	/** Every parameter for item `itemIndex`; throws NodeOperationError naming the bad one. */
	at(itemIndex: number): ParameterValues<S> {
		if (this.fixed) return this.fixed;
		return { ...this.once, ...this.read(itemIndex, this.perItem) } as ParameterValues<S>;
	}

	/** Whether every parameter is the same for all items (none holds an expression). */
	get constant(): boolean {
		return this.fixed !== undefined;
	}

	private read(itemIndex: number, names: Array<keyof S & string>): Partial<ParameterValues<S>> {
		const values: Partial<ParameterValues<S>> = {};
		for (const name of names) {
			const spec = this.specs[name];
			let raw: unknown;
			try {
				raw = this.ctx.getNodeParameter(name, itemIndex, spec.default as never);
			} catch (error) {
				// An expression that fails to resolve: n8n's own error, with the field named.
				throw new NodeOperationError(
					this.ctx.getNode(),
					`${spec.label}: ${error instanceof Error ? error.message : String(error)}`,
					{ itemIndex, description: `Fix the expression in "${spec.label}".` },
				);
			}
			const checked = checkParameterValue(spec, raw);
			if (!checked.ok) {
				throw new NodeOperationError(this.ctx.getNode(), `${spec.label}: ${checked.problem}`, {
					itemIndex,
					description: checked.fix,
				});
			}
			values[name] = checked.value as ParameterValues<S>[typeof name];
		}
		return values;
	}
}
