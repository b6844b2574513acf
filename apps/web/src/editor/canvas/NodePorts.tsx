import { Handle, Position } from '@xyflow/react';
import { useT } from '../../app/i18n';
import { editorMessages } from '../messages';
import type { PortView } from './card-view';

interface NodePortsProps {
  ports: readonly PortView[];
  /** Handles that edges still leave from but the node no longer has (e.g. a removed split path). */
  stale: readonly string[];
  /** Required ports the compiler says are not connected. */
  missing: ReadonlySet<string>;
  connectable: boolean;
}

/** One labelled source handle per port, stacked down the card's right edge. */
export function NodePorts({ ports, stale, missing, connectable }: NodePortsProps) {
  const t = useT();
  const lone = ports.length === 1 && ports[0]?.label === '' && stale.length === 0;
  if (lone && ports[0]) {
    const port = ports[0];
    return (
      <Handle
        type="source"
        position={Position.Right}
        id={port.name}
        isConnectable={connectable}
        className={missing.has(port.name) ? 'port-handle port-handle--missing' : 'port-handle'}
      />
    );
  }
  if (ports.length === 0 && stale.length === 0) return null;
  return (
    <ul className="node-card__ports">
      {ports.map((port) => (
        <li key={port.name} className={missing.has(port.name) ? 'node-port node-port--missing' : 'node-port'}>
          <span className="node-port__label">{port.label}</span>
          <Handle
            type="source"
            position={Position.Right}
            id={port.name}
            isConnectable={connectable}
            className="port-handle"
          />
        </li>
      ))}
      {stale.map((name) => (
        <li key={`stale-${name}`} className="node-port node-port--stale" title={t(editorMessages.unknownPort)}>
          <span className="node-port__label">{name}</span>
          <Handle type="source" position={Position.Right} id={name} isConnectable={false} className="port-handle" />
        </li>
      ))}
    </ul>
  );
}
